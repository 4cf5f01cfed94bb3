using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Names and source ids of persons only for roles with personal-data rights; everyone else sees
/// the pseudonymous key.</summary>
[Collection("server")]
public sealed class PersonalDataTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    private (string Id, string SourceId, string Name, string Pseudonym) PersonFinding() => Facts.One(Server, """
        SELECT f.finding_id, f.subject_id, i.full_name, 'P-' || upper(printf('%016x', i.person_key))
        FROM finding f JOIN person_identity i ON i.source_person_id = f.subject_id
        WHERE f.subject_kind = 'person' ORDER BY f.finding_id LIMIT 1
        """, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    [Fact]
    public async Task Analyst_without_rights_sees_the_pseudonym_only()
    {
        var (id, sourceId, name, pseudonym) = PersonFinding();
        using var client = await Server.Login("analyst");
        foreach (var path in new[] { $"/findings/{id}", "/findings?holds=all" })
        {
            var html = await client.GetPageAsync(path);
            Assert.Contains(pseudonym, html, StringComparison.Ordinal);
            Assert.DoesNotContain(sourceId, html, StringComparison.Ordinal);
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Officer_with_rights_sees_name_and_source_id()
    {
        var (id, sourceId, name, pseudonym) = PersonFinding();
        using var client = await Server.Login("officer");
        var html = await client.GetPageAsync($"/findings/{id}");
        Assert.Contains($"Cá nhân: {name} ({sourceId})", html, StringComparison.Ordinal);
        Assert.DoesNotContain(pseudonym, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quarantined_raw_rows_are_hidden_without_rights()
    {
        using var analyst = await Server.Login("analyst");
        using var officer = await Server.Login("officer");
        var raw = Facts.One(Server, "SELECT raw FROM etl_rejected WHERE raw IS NOT NULL ORDER BY batch_id DESC, file, line LIMIT 1",
            r => r.GetString(0));
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(raw), await analyst.GetPageAsync("/sources"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"muted\">(ẩn)</td>", await analyst.GetPageAsync("/sources"), StringComparison.Ordinal);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(raw),
            await officer.GetPageAsync("/sources"), StringComparison.Ordinal);
    }
}
