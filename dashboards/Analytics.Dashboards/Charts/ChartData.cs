using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Charts;

/// <summary>The warehouse data behind the charts for one filter, each query run at most once: a
/// single chart asks for its own, the briefing pack shares them between its charts and its figures.</summary>
internal sealed class ChartData(TrendQueries queries, TrendFilter filter)
{
    private IReadOnlyList<LevelCount>? _members, _organisations;
    private IReadOnlyList<AreaQuota>? _quota;
    private IReadOnlyList<SelfFinalGap>? _gaps;
    private FormalismGrid? _formalism;
    private IReadOnlyList<FindingCount>? _findings;

    public TrendQueries Queries => queries;

    public TrendFilter Filter => filter;

    public IReadOnlyList<LevelCount> Members => _members ??= queries.LevelsByYear(filter, RatedSubjects.Members);

    public IReadOnlyList<LevelCount> Organisations => _organisations ??= queries.LevelsByYear(filter, RatedSubjects.Organisations);

    public IReadOnlyList<AreaQuota> Quota => _quota ??= queries.ExcellentByArea(filter);

    public IReadOnlyList<SelfFinalGap> Gaps => _gaps ??= queries.SelfFinalByArea(filter);

    public FormalismGrid Formalism => _formalism ??= queries.FormalismByArea(filter);

    public IReadOnlyList<FindingCount> Findings => _findings ??= queries.FindingsByRuleAndArea(filter);

    private (Quarter, IReadOnlyDictionary<string, SourceExpectation>?, DateTime, IReadOnlyList<SourceStatus>)? _completeness;

    /// <summary>Completeness depends on the quarter, the expectations and the moment: cached for the last asked.</summary>
    public IReadOnlyList<SourceStatus> Completeness(
        Quarter quarter, IReadOnlyDictionary<string, SourceExpectation>? expectations, DateTime asOf)
    {
        if (_completeness is { } c && c.Item1 == quarter && ReferenceEquals(c.Item2, expectations) && c.Item3 == asOf) return c.Item4;
        var result = queries.Completeness(filter, quarter, expectations, asOf);
        _completeness = (quarter, expectations, asOf, result);
        return result;
    }
}
