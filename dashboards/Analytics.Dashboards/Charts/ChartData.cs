using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Charts;

/// <summary>The warehouse data behind the charts for one filter, each query run at most once: a
/// single chart asks for its own, the briefing pack shares them between its charts and its figures.</summary>
internal sealed class ChartData(TrendQueries queries, TrendFilter filter)
{
    private IReadOnlyList<LevelCount>? members, organisations;
    private IReadOnlyList<AreaQuota>? quota;
    private IReadOnlyList<SelfFinalGap>? gaps;
    private FormalismGrid? formalism;
    private IReadOnlyList<FindingCount>? findings;

    public TrendQueries Queries => queries;

    public TrendFilter Filter => filter;

    public IReadOnlyList<LevelCount> Members => members ??= queries.LevelsByYear(filter, RatedSubjects.Members);

    public IReadOnlyList<LevelCount> Organisations => organisations ??= queries.LevelsByYear(filter, RatedSubjects.Organisations);

    public IReadOnlyList<AreaQuota> Quota => quota ??= queries.ExcellentByArea(filter);

    public IReadOnlyList<SelfFinalGap> Gaps => gaps ??= queries.SelfFinalByArea(filter);

    public FormalismGrid Formalism => formalism ??= queries.FormalismByArea(filter);

    public IReadOnlyList<FindingCount> Findings => findings ??= queries.FindingsByRuleAndArea(filter);

    private (Quarter, IReadOnlyDictionary<string, SourceExpectation>?, DateTime, IReadOnlyList<SourceStatus>)? completeness;

    /// <summary>Completeness depends on the quarter, the expectations and the moment: cached for the last asked.</summary>
    public IReadOnlyList<SourceStatus> Completeness(Quarter quarter, IReadOnlyDictionary<string, SourceExpectation>? expectations, DateTime asOf)
    {
        if (completeness is { } c && c.Item1 == quarter && ReferenceEquals(c.Item2, expectations) && c.Item3 == asOf) return c.Item4;
        var result = queries.Completeness(filter, quarter, expectations, asOf);
        completeness = (quarter, expectations, asOf, result);
        return result;
    }
}
