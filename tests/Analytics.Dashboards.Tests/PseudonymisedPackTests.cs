using System.IO.Compression;
using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;
using MiniExcelLibs;

namespace Analytics.Dashboards.Tests;

/// <summary>Beside every pack, its pseudonymised twin (pseudonymised/, with its own zip) for viewers
/// without the personal-data right: the same files, every person a finding names shown by the
/// pseudonym the dashboard shows them, and no source person id or name of the input anywhere.</summary>
public sealed class PseudonymisedPackTests(NamedMembers province) : IClassFixture<NamedMembers>
{
    private BriefingResult Write(TempFolder temp) =>
        BriefingPack.Write(province.Store, "2024-Q4", temp.Path, new BriefingOptions { AsOf = DateTime.Now.AddMinutes(1) });

    [Fact]
    public void The_twin_holds_the_same_files_and_its_own_zip_in_a_stable_folder()
    {
        using var temp = new TempFolder();
        var result = Write(temp);
        Assert.Equal(Path.Combine(temp.Path, "pseudonymised"), result.Pseudonymised.Folder);
        Assert.Equal(Path.Combine(temp.Path, "pseudonymised", "briefing-2024-Q4-pseudonymised.zip"), result.Pseudonymised.ZipPath);
        var full = result.Files.Select(f => Path.GetRelativePath(result.Folder, f)).ToList();
        Assert.Equal(full, result.Pseudonymised.Files.Select(f => Path.GetRelativePath(result.Pseudonymised.Folder, f)));
        using var zip = ZipFile.OpenRead(result.Pseudonymised.ZipPath);
        Assert.Equal(full.Select(f => f.Replace('\\', '/')), zip.Entries.Select(e => e.FullName));
        // The full pack's zip does not carry the twin.
        using var fullZip = ZipFile.OpenRead(result.ZipPath);
        Assert.DoesNotContain(fullZip.Entries, e => e.FullName.StartsWith("pseudonymised", StringComparison.Ordinal));
    }

    [Fact]
    public void The_twin_names_no_person_by_source_id_or_name_while_the_full_pack_does()
    {
        using var temp = new TempFolder();
        var result = Write(temp);
        var member = NamedMembers.Id(11);
        var pseudonym = Web.Data.FindingQueries.People(province.Store)[member].Pseudonym;
        Assert.Matches("^P-[0-9A-F]{16}$", pseudonym);

        // The full pack names the warned member by source id (html, workbook, document)…
        foreach (var name in new[] { BriefingPack.HtmlFile, BriefingPack.WorkbookFile, BriefingPack.DocumentFile })
            Assert.Contains(member, PackFiles.Searchable(Path.Combine(result.Folder, name)), StringComparison.Ordinal);
        // …the twin by pseudonym, in every file and in its zip; no id or name of the input appears.
        var twin = result.Pseudonymised.Files.Append(result.Pseudonymised.ZipPath).ToDictionary(f => f, PackFiles.Searchable);
        foreach (var (file, text) in twin)
        {
            foreach (var id in Enumerable.Range(1, NamedMembers.Names.Length).Select(NamedMembers.Id))
                Assert.False(text.Contains(id, StringComparison.Ordinal), $"{file} holds {id}");
            foreach (var name in NamedMembers.Names)
                Assert.False(text.Contains(name, StringComparison.Ordinal), $"{file} holds {name}");
        }
        foreach (var name in new[] { BriefingPack.HtmlFile, BriefingPack.WorkbookFile, BriefingPack.DocumentFile })
            Assert.Contains(pseudonym, twin[Path.Combine(result.Pseudonymised.Folder, name)], StringComparison.Ordinal);

        var workbook = Path.Combine(result.Pseudonymised.Folder, BriefingPack.WorkbookFile);
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: FindingsWorkbook.SheetName)
            .Cast<IDictionary<string, object>>().Select(r => ((string)r["Quy tắc"], (string)r["Mã đối tượng"])).ToList();
        Assert.Equal([("R01", "X1-DU"), ("R03", pseudonym)], rows);
        var document = PackFiles.Text(Path.Combine(result.Pseudonymised.Folder, BriefingPack.DocumentFile));
        Assert.Contains("Trong bản này, cá nhân được ghi bằng mã ẩn danh (P-…)", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_lose_every_person_id_the_findings_name_longest_first()
    {
        var people = new Dictionary<string, Web.Data.PersonRef>(StringComparer.Ordinal)
        {
            ["P1"] = new("P1", 1, "Một"),
            ["P11"] = new("P11", 17, "Mười một"),
        };
        FindingRow Row(string kind, string subject, string message) =>
            new("f", "R03", "2023", "2024", kind, subject, "U1", "Chi bộ", "A1", "violation", message, "reg", true, "new", null);
        var facts = Facts(
        [
            Row("person", "P11", "P11 bị kỷ luật"), Row("unit", "U1", "người đứng đầu P1 và P11"),
            Row("person", "X9", "X9 không có định danh"),
        ]);
        var twin = PseudonymisedFacts.Of(facts, people);
        Assert.Equal(
        [
            ("P-0000000000000011", "P-0000000000000011 bị kỷ luật"),
            ("U1", "người đứng đầu P-0000000000000001 và P-0000000000000011"),
            ("(ẩn danh)", "(ẩn danh) không có định danh"),
        ], twin.Findings.Select(f => (f.SubjectId, f.Message)));
    }

    private static BriefingFacts Facts(IReadOnlyList<FindingRow> findings) => new(
        new Quarter(2024, 4), DateTime.Now, 0.2, [], [], [], [], [], findings, null, [],
        new QuarterChanges(DateTime.Now, DateTime.Now, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 0, []), 10, [], false);
}
