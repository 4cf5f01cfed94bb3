namespace Analytics.App.Tests;

/// <summary>`analytics inspect FILE`: what the reader finds in the example official-form workbook of
/// docs/workbooks/ (made by LibreOffice from its .fods beside it) and in a CSV file, without a warehouse.</summary>
public sealed class InspectCommandTests
{
    [Theory]
    [InlineData("bieu-xa-x01.xls")]
    [InlineData("bieu-xa-x01.xlsx")]
    public void Inspect_shows_each_sheets_table_columns_title_hints_and_first_rows(string file)
    {
        using var cli = new CliRunner();

        var (exit, output, _) = cli.Run("inspect", Path.Combine(CliRunner.RepositoryRoot(), "docs", "workbooks", file), "--rows", "2");

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"{file}: 5 sheet(s)", lines[0]);
        Assert.Contains("sheet 'Hướng dẫn': no table of a record kind found, not read", lines);
        Assert.Contains("sheet 'KQ xếp loại 2024': ratings, lands as ratings (KQ xếp loại 2024).csv", lines);
        Assert.Contains("  header: row 6; data from row 8", lines);
        Assert.Contains("    A   STT              ignored (row numbers, shares, or mapped to ignore)", lines);
        Assert.Contains("    R2 | person | DV002 | CB01 | final | Hoàn thành xuất sắc nhiệm vụ | 2024-12-20 |  | 2024 | party_member",
            lines);
        Assert.Contains("  header: rows 4-5; data from row 6", lines);
        Assert.Contains("    D   Xếp loại / HTXSNV  → one row per cell: level HTXSNV, count = the cell", lines);
        Assert.Contains("sheet 'Xếp loại cũ': hidden, not read", lines);
        Assert.False(File.Exists(cli.Warehouse));
    }

    [Fact]
    public void Inspect_reads_a_csv_file_as_the_ingest_would()
    {
        using var cli = new CliRunner();
        var path = cli.Write("ratings.csv", "Mã bản ghi;Kỳ đánh giá;Ghi chú riêng\nR1;Năm 2024;x");

        var (exit, output, _) = cli.Run("inspect", path);

        Assert.Equal(0, exit);
        Assert.Equal(
            "ratings.csv: would be rejected: ratings.csv: the header has no column for required " +
            "'subject_kind', 'subject_id', 'unit_code', 'role', 'channel', 'level' (header: Mã bản ghi;Kỳ đánh giá;Ghi chú riêng)\n",
            output.ReplaceLineEndings("\n"));
    }
}
