using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Workbooks;

/// <summary>Workbooks a spreadsheet program would never write, each about a kilobyte, that once stopped
/// the drop worker (a row-gap loop padding toward row 9×10^18; a row list grown to column ZZZZZZ): the
/// reader refuses them within Excel's own bounds, and the submission is rejected with that reason.</summary>
public sealed class HostileWorkbookTests
{
    [Theory]
    [InlineData("""<row r="9000000000000000000"><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>""",
        "xa.xlsx, sheet 'Đơn vị': row number '9000000000000000000' is not between 1 and 1,048,576 (Excel's last row); refused")]
    [InlineData("""<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>""",
        "xa.xlsx, sheet 'Đơn vị': row number '1048577' is not between 1 and 1,048,576 (Excel's last row); refused")]
    [InlineData("""<row r="3"><c r="ZZZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>""",
        "xa.xlsx, sheet 'Đơn vị', row 3: cell reference 'ZZZZZZ3' is beyond column XFD, Excel's last; refused")]
    [InlineData("""<row r="3"><c r="XFE3" t="inlineStr"><is><t>x</t></is></c></row>""",
        "xa.xlsx, sheet 'Đơn vị', row 3: cell reference 'XFE3' is beyond column XFD, Excel's last; refused")]
    [InlineData("""<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>""",
        "xa.xlsx, sheet 'Đơn vị': row 2 comes after row 2; rows out of order, refused")]
    public void A_row_or_column_beyond_Excels_bounds_rejects_the_workbook_with_the_reason(string extraRow, string reason)
    {
        using var bench = new SourceBench();
        Directory.CreateDirectory(bench.PathOf("drop"));
        HandWrittenWorkbook.Write(bench.PathOf("drop/xa.xlsx"), "Đơn vị", HandWrittenWorkbook.UnitsHead + extraRow);

        var report = bench.Pull(new SourceSettings { Name = "xa", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 });

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.EndsWith(": could not be read: " + reason, rejected.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(bench.PathOf("drop/rejected/xa.xlsx")));
    }

    [Fact]
    public void A_row_of_more_cells_than_Excel_has_columns_is_refused_even_when_they_repeat_one_reference()
    {
        using var bench = new SourceBench();
        var cells = new StringBuilder();
        for (var i = 0; i < 16_385; i++) cells.Append("""<c r="A3"><v>1</v></c>""");
        var book = HandWrittenWorkbook.Write(
            bench.PathOf("xa.xlsx"), "Đơn vị", HandWrittenWorkbook.UnitsHead + $"""<row r="3">{cells}</row>""");

        var report = new SubmissionFolder().Ingest(SubmissionLocator.Locate([book]).Single());

        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.EndsWith("xa.xlsx, sheet 'Đơn vị', row 3: more than 16,384 cells in one row; refused", report.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_numbers_count_on_from_the_last_and_stop_at_Excels_last_row()
    {
        using var bench = new SourceBench();
        var rows = new StringBuilder(HandWrittenWorkbook.UnitsHead.Replace("<row r=\"2\">", "<row r=\"1048575\">", StringComparison.Ordinal)
            .Replace("A2", "A1048575", StringComparison.Ordinal)
            .Replace("B2", "B1048575", StringComparison.Ordinal)
            .Replace("C2", "C1048575", StringComparison.Ordinal));
        rows.Append("""<row><c><v>1</v></c></row><row><c><v>2</v></c></row>""");
        var book = HandWrittenWorkbook.Write(bench.PathOf("xa.xlsx"), "Đơn vị", rows.ToString());

        var report = new SubmissionFolder().Ingest(SubmissionLocator.Locate([book]).Single());

        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.EndsWith("xa.xlsx, sheet 'Đơn vị': more than 1,048,576 rows, Excel's limit; refused", report.Reason,
            StringComparison.Ordinal);
    }
}
