using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Microsoft.Extensions.Configuration;

namespace Analytics.Etl.Tests.Workbooks;

/// <summary>Workbook mappings in appsettings: bound with every field, refused with one sentence naming the
/// source, the entry and the field, and applied — codes for the party cells a summary form names by name.</summary>
public sealed class WorkbookMappingTests
{
    private const string Summaries = "summaries (period, unit_code, role, level, count)";

    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            [new("Sources:0:Name", "xa"), new("Sources:0:Kind", "drop"), new("Sources:0:Path", "d"),
             .. pairs.Select(p => new KeyValuePair<string, string?>("Sources:0:Workbooks:0:" + p.Key, p.Value))]).Build();

    [Fact]
    public void Every_mapping_field_binds()
    {
        var mapping = Assert.Single(Assert.Single(SourceCatalog.Bind(Config(
            ("File", "*.xls"), ("Sheet", "Biểu 02"), ("Kind", "summaries"), ("HeaderRow", "4"), ("HeaderRows", "2"),
            ("Columns:Tên chi bộ", "unit_code"), ("Values:role", "party_member"), ("Codes:unit_code:Chi bộ thôn 1", "CB01"),
            ("Unpivot:Columns:Xuất sắc", "HTXSNV")))).Workbooks);

        Assert.Equal(("*.xls", "Biểu 02", "summaries", 4, 2),
            (mapping.File, mapping.Sheet, mapping.Kind, mapping.HeaderRow, mapping.HeaderRows));
        Assert.Equal("unit_code", mapping.Columns["Tên chi bộ"]);
        Assert.Equal("party_member", mapping.Values["role"]);
        Assert.Equal("CB01", mapping.Codes["unit_code"]["Chi bộ thôn 1"]);
        Assert.Equal(("level", "count", "HTXSNV"), (mapping.Unpivot!.Into, mapping.Unpivot.Value, mapping.Unpivot.Columns["Xuất sắc"]));
    }

    [Theory]
    [InlineData("Kind", "summary",
        "source 'xa': Workbooks[0]: Kind 'summary' is not a record kind (units, people, positions, ratings, summaries or residence)")]
    [InlineData("Columns:Tên chi bộ", "unit",
        "source 'xa': Workbooks[0]: Columns['Tên chi bộ'] is 'unit', which is not a column of " + Summaries + " nor \"ignore\"")]
    [InlineData("Values:record_id", "x", "source 'xa': Workbooks[0]: Values has 'record_id', which is not a column of " + Summaries)]
    [InlineData("Values:period", "{title.year}",
        "source 'xa': Workbooks[0]: Values['period'] uses {title.year}, which is neither a column of summaries " +
        "nor one of {title.period}, {title.unit_code}, {title.role}, {sheet}, {row}")]
    [InlineData("HeaderRows", "3", "source 'xa': Workbooks[0]: HeaderRows 3 must be 1 or 2 (0: tell from the sheet)")]
    [InlineData("Unpivot:Into", "channel",
        "source 'xa': Workbooks[0]: Unpivot Into 'channel' and Value 'count' must be two columns of " + Summaries)]
    public void A_wrong_mapping_value_fails_at_start_up_with_one_sentence(string key, string value, string message)
    {
        var pairs = new List<(string, string)> { ("Kind", "summaries"), ("Unpivot:Columns:HTXSNV", "HTXSNV") };
        pairs.RemoveAll(p => p.Item1 == key);
        pairs.Add((key, value));
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SourceCatalog.Bind(Config([.. pairs]))).Message);
    }

    [Fact]
    public void Codes_turn_the_party_cells_names_of_a_summary_form_into_their_codes()
    {
        using var folder = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv);
        folder.Ingest();
        var rows = string.Concat(
            Row(1, ("A", "BIỂU TỔNG HỢP XẾP LOẠI ĐẢNG VIÊN NĂM 2024")),
            Row(3, ("A", "Chi bộ"), ("B", "HTXSNV"), ("C", "HTTNV")),
            Row(4, ("A", "Chi bộ thôn 1"), ("B", "1"), ("C", "4")),
            Row(5, ("A", "chi bo thon 2"), ("B", "0"), ("C", "3")));
        var book = HandWrittenWorkbook.Write(Path.Combine(folder.Root, "bieu.xlsx"), "Tổng hợp", rows);
        var mapping = new WorkbookMapping
        {
            Kind = "summaries",
            Sheet = "tong hop",
            Codes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["unit_code"] = new Dictionary<string, string> { ["Chi bộ thôn 1"] = "CB01", ["Chi bộ thôn 2"] = "CB02" },
            },
        };

        var report = folder.Ingest(Analytics.Etl.Workbooks.Workbook.InPlace(book, [mapping]));

        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal(["CB01|4|1", "CB01|3|4", "CB02|4|0", "CB02|3|3"],
            folder.Strings("SELECT concat_ws('|', unit_code, level, count) FROM summary ORDER BY unit_code, level DESC"));
    }

    private static string Row(int number, params (string Column, string Text)[] cells) =>
        $"<row r=\"{number}\">{string.Concat(cells.Select(c => HandWrittenWorkbook.Cell(c.Column + number, c.Text)))}</row>";
}
