using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Analytics.Testing;
using Microsoft.Extensions.Configuration;

namespace Analytics.Etl.Tests.Workbooks;

/// <summary>Workbooks as commune offices make them, made here by LibreOffice (.xlsx and .xls): an official
/// form loads exactly the rows its CSV twin loads, a wide summary form is turned long, a subordinate
/// system's own layout loads through a mapping in appsettings, and what reading passed over is said.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class OfficialFormTests(OfficeForms forms) : IClassFixture<OfficeForms>
{
    private const string RatingRows =
        "SELECT concat_ws('|', record_id, period_year, subject_kind, unit_code, role, channel, level, comment, decided_on) " +
        "FROM rating ORDER BY record_id";
    private const string SummaryRows =
        "SELECT concat_ws('|', period_year, unit_code, role, level, count) FROM summary ORDER BY unit_code, level";
    private const string FormTitle = "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024";
    private const string RejectRows = "SELECT concat_ws('|', record_kind, column_name, reason) FROM etl_rejected ORDER BY line";

    private static (List<string> Rows, List<string> Rejects) Twin(string file, string csv, string sql)
    {
        using var folder = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv).With(file, csv);
        Assert.Equal(IngestStatus.Loaded, folder.Ingest().Status);
        return (folder.Strings(sql), folder.Strings(RejectRows));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void An_official_form_loads_exactly_the_rows_its_csv_twin_loads(string format)
    {
        using var folder = new SubmissionFolder();
        var submission = Assert.Single(SubmissionLocator.Locate([forms.Books[("form", format)]]));

        var report = folder.Ingest(submission);

        var twin = Twin("ratings.csv", OfficeForms.RatingsCsv, RatingRows);
        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal(format, submission.Connector);
        Assert.Equal(twin.Rows, folder.Strings(RatingRows));
        Assert.Equal(4, twin.Rows.Count + twin.Rejects.Count);
        Assert.Equal(twin.Rejects, folder.Strings(RejectRows));
        // The quarantine names the row an operator sees in the sheet: R4 is on sheet row 11.
        Assert.Equal(["ratings (KQ xếp loại 2024).csv|11|UNKNOWN_LEVEL"],
            folder.Strings("SELECT concat_ws('|', file, line, reason) FROM etl_rejected"));
        Assert.Equal(
            [
                "sheet 'Hướng dẫn': no table of a record kind found; not read",
                "sheet 'Xếp loại cũ' is hidden; not read",
                $"sheet 'KQ xếp loại 2024': period 2024 is taken from the title ('{FormTitle}'), the table has no period column",
                $"sheet 'KQ xếp loại 2024': role party_member is taken from the title ('{FormTitle}'), the table has no role column",
            ], report.Warnings);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void A_workbook_in_the_interchange_layout_loads_as_the_csv_does(string format)
    {
        using var folder = new SubmissionFolder();

        folder.Ingest(Assert.Single(SubmissionLocator.Locate([forms.Books[("plain", format)]])));

        Assert.Equal(Twin("ratings.csv", OfficeForms.RatingsCsv, RatingRows).Rows, folder.Strings(RatingRows));
        Assert.Equal(["2020-01-01"], folder.Strings("SELECT DISTINCT CAST(valid_from AS VARCHAR) FROM unit_observation"));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void A_wide_summary_form_is_turned_into_one_count_per_level(string format)
    {
        using var folder = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv);
        folder.Ingest();

        var report = folder.Ingest(Assert.Single(SubmissionLocator.Locate([forms.Books[("summary", format)]])));

        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal(8, report.Outcome!.Loaded);
        Assert.Equal(Twin("summaries.csv", OfficeForms.SummariesCsv, SummaryRows).Rows, folder.Strings(SummaryRows));
        Assert.Empty(folder.Rejects());   // the totals row and the signature footer are not quarantined noise
        Assert.Contains("sheet 'Biểu 02': 1 totals row(s) passed over (not data)", report.Warnings);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void A_mapping_in_appsettings_reads_a_subordinate_systems_own_layout(string format)
    {
        const string Json = """
            {
              "Sources": [
                {
                  "Name": "xa-x01",
                  "Kind": "drop",
                  "Path": "DROP",
                  "SettleSeconds": 0,
                  "Workbooks": [
                    {
                      "File": "steps.xls*",
                      "Sheet": "*",
                      "Kind": "ratings",
                      "Columns": { "Họ và tên": "ignore" },
                      "Values": {
                        "record_id": "{period}-{subject_id}-{channel}",
                        "period": "{title.period}",
                        "subject_kind": "person",
                        "unit_code": "{sheet}"
                      },
                      "Unpivot": {
                        "Into": "channel",
                        "Value": "level",
                        "Columns": { "Tự xếp loại": "self", "Chi bộ đề xuất": "proposed", "Đảng ủy quyết định": "final" }
                      }
                    }
                  ]
                }
              ]
            }
            """;
        using var bench = new SourceBench();
        bench.Write("drop/units.csv", SubmissionFolder.UnitsCsv);   // the registry first
        var drop = bench.PathOf("drop").Replace("\\", "/", StringComparison.Ordinal);
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Json.Replace("DROP", drop, StringComparison.Ordinal))))
            .Build();
        var source = Assert.Single(SourceCatalog.Bind(configuration));
        bench.Pull(source);
        File.Copy(forms.Books[("steps", format)], bench.PathOf($"drop/steps.{format}"));

        var report = bench.Pull(source);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(report.Submissions).Status);
        Assert.Equal(
            [
                "2024-DV001-final|CB01|final|3", "2024-DV001-proposed|CB01|proposed|3", "2024-DV001-self|CB01|self|4",
                "2024-DV002-final|CB01|final|2", "2024-DV002-proposed|CB01|proposed|3", "2024-DV002-self|CB01|self|3",
                "2024-DV003-final|CB02|final|3", "2024-DV003-proposed|CB02|proposed|3", "2024-DV003-self|CB02|self|3",
            ],
            bench.Strings("SELECT concat_ws('|', record_id, unit_code, channel, level) FROM rating ORDER BY record_id"));
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM rating WHERE extra IS NOT NULL"));   // the names were told to be ignored
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM etl_rejected"));
    }
}
