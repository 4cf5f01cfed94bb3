using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Tests;

/// <summary>The trend queries return the small province's known figures.</summary>
public sealed class TrendQueriesTests(ScoredProvince province) : IClassFixture<ScoredProvince>
{
    private TrendQueries Q => new(province.Store);

    [Fact]
    public void Members_levels_by_year()
    {
        Assert.Equal(
            [
                new(2023, 2, 5), new(2023, 3, 44), new(2023, 4, 5),
                new(2024, 1, 1), new(2024, 2, 5), new(2024, 3, 36), new(2024, 4, 12), new LevelCount(2024, null, 1),
            ],
            Q.LevelsByYear(TrendFilter.None, RatedSubjects.Members));
        Assert.Equal([new(2024, 1, 1), new(2024, 2, 3), new(2024, 3, 22), new(2024, 4, 4), new LevelCount(2024, null, 1)],
            Q.LevelsByYear(new TrendFilter(FromYear: 2024, UnitCode: "A1-DU"), RatedSubjects.Members));
    }

    [Fact]
    public void Organisations_levels_by_year()
    {
        Assert.Equal([new(2023, 3, 5), new(2024, 2, 1), new(2024, 3, 1), new LevelCount(2024, 4, 2)],
            Q.LevelsByYear(TrendFilter.None, RatedSubjects.Organisations));
    }

    [Fact]
    public void Quota_and_self_final_by_area()
    {
        Assert.Equal(
        [
            new("A1", "Đảng bộ xã Tân Phú", 2023, 3, 24, 30), new("A1", "Đảng bộ xã Tân Phú", 2024, 4, 22, 30),
            new("A2", "Đảng bộ xã Hòa Bình", 2023, 2, 20, 24), new AreaQuota("A2", "Đảng bộ xã Hòa Bình", 2024, 8, 14, 24),
        ], Q.ExcellentByArea(TrendFilter.None));
        var gaps = Q.SelfFinalByArea(TrendFilter.None);
        Assert.Equal([(30L, 0L, 0L), (30, 3, 1), (24, 6, 0), (24, 12, 0)], gaps.Select(g => (g.Pairs, g.Above, g.Below)));
        Assert.Equal(2.0 / 30, gaps[1].MeanGap, 12);
    }

    [Fact]
    public void Formalism_grid_and_top_units_come_from_the_latest_run()
    {
        var grid = Q.FormalismByArea(TrendFilter.None);
        Assert.Equal(7, grid.LatestRun!.RunId);
        Assert.Equal(
            [
                ("A1", 2023, 0.20, "rubber_stamp"), ("A1", 2024, 0.30, "rubber_stamp"),
                ("A2", 2023, 0.55, "inflation"), ("A2", 2024, 0.90, "inflation"),
            ],
            grid.Cells.Select(c => (c.AreaCode, c.Year, Math.Round(c.MeanScore, 2), c.TopSignal)));
        var top = Q.TopFormalism(TrendFilter.None, "2024", 1).Single();
        Assert.Equal(("A2-DU", 0.90, 1), (top.UnitCode, top.Score, top.Rank));
        Assert.Equal(["inflation", "quota_riding"], top.Signals);
    }

    [Fact]
    public void Findings_are_listed_holding_and_focus_year_first()
    {
        var findings = Q.Findings(TrendFilter.None, "2024");
        Assert.Equal([("R01", "A2-DU", "A2"), ("R04", "A1-CB2", "A1")], findings.Select(f => (f.Rule, f.UnitCode, f.AreaCode)));
        Assert.All(findings, f => Assert.True(f.Holds && f.Status == "new" && f.FirstSeen is not null));
        Assert.Equal([new("R01", "A2", "Đảng bộ xã Hòa Bình", 1), new FindingCount("R04", "A1", "Đảng bộ xã Tân Phú", 1)],
            Q.FindingsByRuleAndArea(TrendFilter.None));
    }

    [Fact]
    public void Completeness_per_source_and_freshness()
    {
        var asOf = DateTime.Now.AddDays(10);
        var sources = Q.Completeness(TrendFilter.None, new Quarter(2024, 4), null, asOf);
        Assert.Equal([("file-drop", 2, 1, 0), ("so-noi-vu", 3, 3, 0)],
            sources.Select(s => (s.Source, s.Expected, s.Delivered, s.Unexpected)));
        Assert.All(sources, s => Assert.InRange(s.AgeDays!.Value, 9.9, 10.1));
        var configured = Q.Completeness(TrendFilter.None, new Quarter(2024, 4),
            new Dictionary<string, SourceExpectation> { ["http-api"] = new(["A9-DU"], TimeSpan.FromDays(7)) }, asOf);
        var api = configured.Single(s => s.Source == "http-api");
        Assert.Equal((1, 0, true, null, true), (api.Expected, api.Delivered, api.ExpectedFromConfiguration, api.LastDelivery, api.Stale));
    }

    [Fact]
    public void Changes_between_two_moments_count_from_the_warehouse_timestamps()
    {
        var before = Q.ChangesBetween(TrendFilter.None, new DateTime(2000, 1, 1), new DateTime(2001, 1, 1));
        Assert.Equal((0, 0, 0, 0, 0),
            (before.FindingsNew, before.FindingsHoldingThen, before.FindingsHoldingNow, before.CheckRuns, before.BatchesLoaded));
        var all = Q.ChangesBetween(TrendFilter.None, new DateTime(2000, 1, 1), DateTime.Now.AddMinutes(1));
        Assert.Equal((2, 0, 0, 0, 2, 2, 2),
            (all.FindingsNew, all.FindingsResolvedByData, all.FindingsResolvedByReview, all.FindingsHoldingThen, all.FindingsHoldingNow,
                all.CheckRuns, all.BatchesLoaded));
        Assert.Null(all.FormalismBefore);      // the only run (7) is dated 2025-01-10, after 2000 …
        Assert.Equal(7, all.FormalismNow!.RunId);
        Assert.Equal(1,
            Q.ChangesBetween(new TrendFilter(AreaScope: ["A2"]), new DateTime(2000, 1, 1), DateTime.Now.AddMinutes(1)).BatchesLoaded);
    }

    [Fact]
    public void A_snapshot_gives_the_same_answers_and_is_dropped_after()
    {
        var q = Q;
        var filter = new TrendFilter(FromYear: 2024, AreaScope: ["A1", "A2"]);
        var direct = (q.LevelsByYear(filter, RatedSubjects.Members), q.LevelsByYear(filter, RatedSubjects.Organisations),
            q.ExcellentByArea(filter), q.SelfFinalByArea(filter));
        using (q.Snapshot())
        {
            Assert.Equal(1, province.Store.Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'trend_steps' AND temporary"));
            Assert.Equal(direct.Item1, q.LevelsByYear(filter, RatedSubjects.Members));
            Assert.Equal(direct.Item2, q.LevelsByYear(filter, RatedSubjects.Organisations));
            Assert.Equal(direct.Item3, q.ExcellentByArea(filter));
            Assert.Equal(direct.Item4, q.SelfFinalByArea(filter));
        }
        Assert.Equal(0, province.Store.Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'trend_steps'"));
        Assert.Equal(direct.Item3, q.ExcellentByArea(filter));
    }

    [Theory]
    [InlineData("2025-Q4", 2025, 4)]
    [InlineData("2024-q1", 2024, 1)]
    public void Quarters_parse(string text, int year, int number)
    {
        var q = Quarter.Parse(text);
        Assert.Equal((year, number), (q.Year, q.Number));
        Assert.Equal(new DateTime(year, 3 * number - 2, 1), q.Start);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025Q4")]
    [InlineData("Q4-2025")]
    [InlineData("")]
    public void Bad_quarters_are_refused_saying_the_form(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => Quarter.Parse(text));
        Assert.Equal($"quarter '{text}' is not of the form YYYY-Qn (e.g. 2025-Q4), n from 1 to 4", e.Message);
    }

    [Fact]
    public void The_previous_quarter_crosses_the_year()
    {
        Assert.Equal("2024-Q4", Quarter.Parse("2025-Q1").Previous.ToString());
        Assert.Equal(new DateTime(2026, 1, 1), Quarter.Parse("2025-Q4").End);
    }
}
