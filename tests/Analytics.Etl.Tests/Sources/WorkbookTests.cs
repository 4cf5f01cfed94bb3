using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Analytics.Etl.Workbooks;
using MiniExcelLibs;

namespace Analytics.Etl.Tests.Sources;

/// <summary>.xlsx workbooks: a sheet per record kind under English or Vietnamese names, typed cells
/// (numbers, dates) rendered as interchange text, read through the same header and level decoding.
/// Fixtures/xlsx/libreoffice-bloc.xlsx was made once by LibreOffice from libreoffice-bloc.fods
/// (soffice --headless --convert-to xlsx); the others are written by MiniExcel in the test.</summary>
public sealed class WorkbookTests
{
    private static readonly string LibreOfficeBook = Path.Combine(AppContext.BaseDirectory, "Fixtures", "xlsx", "libreoffice-bloc.xlsx");

    [Fact]
    public void A_LibreOffice_workbook_in_the_drop_folder_loads_its_Vietnamese_sheets_with_typed_cells()
    {
        using var bench = new SourceBench();
        Directory.CreateDirectory(bench.PathOf("drop"));
        File.Copy(LibreOfficeBook, bench.PathOf("drop/bloc.xlsx"));

        var report = bench.Pull(new SourceSettings { Name = "bloc", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 });

        var loaded = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Loaded, loaded.Status);
        Assert.Equal(["Xếp loại.csv", "Đơn vị.csv"], loaded.Files.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.Equal(2, bench.Scalar("SELECT count(*) FROM unit_observation"));
        Assert.Equal(["2020-01-01"], bench.Strings("SELECT DISTINCT CAST(valid_from AS VARCHAR) FROM unit_observation"));
        Assert.Equal(["R1|2025|3|87.50|2025-12-20|Còn chậm, \"chưa\" chủ động, cần cố gắng"],
            bench.Strings("SELECT concat_ws('|', record_id, period_year, level, score, decided_on, comment) FROM rating"));
        // The blank sheet row 3 keeps the line numbers: the bad level is on sheet row 4.
        Assert.Equal(
            ["Xếp loại.csv|4|level|UNKNOWN_LEVEL"],
            bench.Strings("SELECT concat_ws('|', file, line, column_name, reason) FROM etl_rejected"));
        Assert.True(File.Exists(bench.PathOf("drop/archive/bloc.xlsx")));
    }

    [Fact]
    public void A_MiniExcel_workbook_with_every_kind_under_Vietnamese_names_ingests_in_place()
    {
        using var bench = new SourceBench();
        var book = bench.PathOf("xa.xlsx");
        var sheets = new Dictionary<string, object>
        {
            ["1. Đơn vị"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["Mã đơn vị"] = "DU", ["Tên đơn vị"] = "Đảng bộ xã", ["Loại đơn vị"] = "grassroots_party_org",
                },
                new Dictionary<string, object?> { ["Mã đơn vị"] = "CB01", ["Tên đơn vị"] = "Chi bộ 1", ["Loại đơn vị"] = "party_cell" },
            },
            ["Đảng viên"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["Mã đảng viên"] = "DV001", ["Họ và tên"] = "Nguyễn Văn A", ["Năm sinh"] = 1980, ["party_member"] = true,
                },
            },
            ["Chức vụ"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["person_id"] = "DV001", ["unit_code"] = "CB01", ["role"] = "head", ["valid_from"] = new DateTime(2020, 1, 1),
                },
            },
            ["Đánh giá"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["record_id"] = "R1", ["period"] = "2024", ["subject_kind"] = "person", ["subject_id"] = "DV001",
                    ["unit_code"] = "CB01", ["role"] = "party_member", ["channel"] = "final", ["level"] = "HTTNV",
                },
            },
            ["Tổng hợp"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["period"] = "2024", ["unit_code"] = "CB01", ["role"] = "party_member", ["level"] = "HTTNV", ["Số lượng"] = 1,
                },
            },
            ["Nơi cư trú"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["period"] = "2024", ["person_id"] = "DV001", ["residence_unit"] = "CB01", ["sentiment"] = "positive",
                },
            },
            ["Ghi chú"] = new[] { new Dictionary<string, object?> { ["x"] = "not a record kind" } },
        };
        MiniExcel.SaveAs(book, sheets);

        var submission = Assert.Single(SubmissionLocator.Locate([book]));
        using var folder = new SubmissionFolder();
        var report = folder.Ingest(submission);

        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal("xlsx", submission.Connector);
        Assert.Equal(new Analytics.Warehouse.Store.RecordCounts(2, 1, 1, 1, 1, 1), folder.Counts());
        Assert.Equal(0, report.Outcome!.Quarantined);
        Assert.Equal(IngestStatus.AlreadyLoaded, folder.Ingest(SubmissionLocator.Locate([book]).Single()).Status);
    }

    [Fact]
    public void A_corrupt_workbook_is_rejected_whole_with_one_reason()
    {
        using var bench = new SourceBench();
        var book = bench.Write("drop/hong.xlsx", "this is not a zip archive");

        var report = bench.Pull(new SourceSettings { Name = "bloc", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 });

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.Contains("hong.xlsx: not a readable .xlsx workbook", rejected.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(bench.PathOf("drop/rejected/hong.xlsx")));
        Assert.False(File.Exists(book));
    }

    [Theory]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("d\\-mmm\\-yy", true)]
    [InlineData("[$-42A]dd/mm/yyyy", true)]
    [InlineData("h:mm:ss", true)]
    [InlineData("General", false)]
    [InlineData("0.00", false)]
    [InlineData("#,##0\" ngày\"", false)]
    [InlineData("\"Năm \"0", false)]
    public void A_number_format_is_a_date_when_it_shows_date_letters_and_no_digit_placeholders(string code, bool date) =>
        Assert.Equal(date, XlsxBook.IsDateFormat(code));

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("K4", 10)]
    [InlineData("AB17", 27)]
    [InlineData("XFD1048576", 16383)]
    public void A_cell_reference_gives_its_column(string reference, int column) => Assert.Equal(column, XlsxBook.Column(reference));
}
