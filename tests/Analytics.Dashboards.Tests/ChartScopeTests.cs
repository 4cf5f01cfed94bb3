using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Tests;

/// <summary>An area analyst's scope (TrendFilter.AreaScope) keeps every other area's data out of
/// the queries and so out of the charts; the other filters narrow the same way.</summary>
public sealed class ChartScopeTests(ScoredProvince province) : IClassFixture<ScoredProvince>
{
    private static readonly ChartContext Context = new("2024-Q4", AsOf: new DateTime(2025, 1, 31));

    private List<string> Texts(string id, TrendFilter filter)
    {
        using var plot = ChartBook.Render(id, province.Store, filter, Context);
        return Pictures.SvgTexts(ChartBook.Svg(plot));
    }

    [Fact]
    public void Scoped_queries_return_only_the_scopes_areas()
    {
        var q = new TrendQueries(province.Store);
        var scope = new TrendFilter(AreaScope: ["A1"]);
        Assert.Equal(["A1"], q.ExcellentByArea(scope).Select(r => r.AreaCode).Distinct());
        Assert.Equal(["A1"], q.SelfFinalByArea(scope).Select(r => r.AreaCode).Distinct());
        Assert.Equal(["A1"], q.FormalismByArea(scope).Cells.Select(c => c.AreaCode).Distinct());
        Assert.Equal(["R04"], q.FindingsByRuleAndArea(scope).Select(c => c.Rule));
        Assert.Equal(["A1-CB2"], q.Findings(scope, "2024").Select(f => f.UnitCode));
        Assert.Equal(["A1-DU"], q.TopFormalism(scope, "2024", 10).Select(u => u.UnitCode));
        Assert.Equal(30 + 30 + 1, q.LevelsByYear(scope, RatedSubjects.Members).Sum(c => c.Count));
        Assert.Null(q.UnitName(scope, "A2-DU"));
        Assert.Equal("Đảng bộ xã Tân Phú", q.UnitName(scope, "A1-DU"));
    }

    [Fact]
    public void A_scoped_chart_never_shows_another_area()
    {
        var scope = new TrendFilter(AreaScope: ["A1"]);
        foreach (var id in ChartBook.All.Select(c => c.Id))
            Assert.DoesNotContain(Texts(id, scope),
                t => t.Contains("Hòa Bình", StringComparison.Ordinal) || t.Contains("A2", StringComparison.Ordinal));
        var findings = Texts("findings-by-rule", scope);
        Assert.Contains(findings, t => t.StartsWith("R04 ", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, t => t.StartsWith("R01 ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_scope_shows_nothing_and_says_so()
    {
        var none = new TrendFilter(AreaScope: []);
        Assert.Contains("Chưa có kết quả xếp loại cuối cùng của đảng viên trong phạm vi đã chọn",
            Texts("levels-members", none));
        Assert.Contains("Không có phát hiện nào còn hiệu lực trong phạm vi đã chọn", Texts("findings-by-rule", none));
        Assert.Contains("Lượt chấm điểm gần nhất không có đơn vị nào trong phạm vi đã chọn",
            Texts("formalism-heatmap", none));
    }

    [Fact]
    public void Years_and_area_narrow_and_show_in_the_title()
    {
        var texts = Texts("levels-members", new TrendFilter(FromYear: 2024, ToYear: 2024, AreaCode: "A2"));
        Assert.Contains("Xếp loại chất lượng đảng viên theo năm (địa bàn A2, năm 2024)", texts);
        Assert.Contains("n = 24", texts);
        Assert.DoesNotContain("2023", texts);
    }

    [Fact]
    public void A_bad_role_or_year_range_is_refused_with_the_reason()
    {
        var q = new TrendQueries(province.Store);
        var role = Assert.Throws<ArgumentException>(() => q.LevelsByYear(new TrendFilter(Role: "member"), RatedSubjects.Members));
        Assert.StartsWith("unknown role 'member'; known: organisation, collective, party_member, leader, civil_servant",
            role.Message, StringComparison.Ordinal);
        var years = Assert.Throws<ArgumentException>(() => q.ExcellentByArea(new TrendFilter(FromYear: 2025, ToYear: 2024)));
        Assert.StartsWith("year range 2025–2024 is empty", years.Message, StringComparison.Ordinal);
    }
}
