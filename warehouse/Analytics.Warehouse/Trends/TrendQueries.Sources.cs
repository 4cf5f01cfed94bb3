namespace Analytics.Warehouse.Trends;

// Completeness and freshness of the submissions per source (etl_batch.source) for a quarter.
public sealed partial class TrendQueries
{
    // Units that delivered ratings of the quarter's year (yearly, or of this quarter or its months),
    // and units that delivered yearly ratings the year before; with whether they still exist.
    private const string DeliveredSql = "WITH " + TrendSql.Scoped + """

        SELECT DISTINCT b.source, r.unit_code, r.period_year = $8 AS this_year,
               (u2.valid_to IS NULL OR u2.valid_to >= $10::DATE) AS alive
        FROM rating r JOIN etl_batch b USING (batch_id) JOIN scoped u ON u.unit_code = r.unit_code
        JOIN unit_current u2 ON u2.unit_code = r.unit_code
        WHERE b.status = 'loaded'
          AND ((r.period_year = $8 AND (r.period_kind = 'year' OR (r.period_kind = 'quarter' AND r.period_no = $9)
                                         OR (r.period_kind = 'month' AND r.period_no BETWEEN 3 * $9 - 2 AND 3 * $9)))
               OR (r.period_year = $8 - 1 AND r.period_kind = 'year'))
        """;

    private const string LastBatchSql =
        "SELECT source, max(coalesce(finished_at, started_at)) FROM etl_batch WHERE status = 'loaded' GROUP BY source";

    private const string ScopedUnitsSql = "WITH " + TrendSql.Scoped + " SELECT unit_code FROM scoped";

    /// <summary>Per source: expected, delivered and unexpected reporting units (units of review of
    /// the ratings) for the rating year of <paramref name="quarter"/>, and the age of its latest
    /// loaded batch at <paramref name="asOf"/>. Expectations name units per source (restricted to
    /// the filter; without any narrowing, configured units unknown to the warehouse count as expected
    /// and missing); a source without one expects the units that delivered the year before and still
    /// exist at the quarter's start.</summary>
    public IReadOnlyList<SourceStatus> Completeness(
        TrendFilter filter, Quarter quarter, IReadOnlyDictionary<string, SourceExpectation>? expectations, DateTime asOf)
    {
        var rows = _store.Rows(DeliveredSql,
            r => (Source: r.GetString(0), Unit: r.GetString(1), ThisYear: r.GetBoolean(2), Alive: r.GetBoolean(3)),
            Bind(filter, quarter.Year, quarter.Number, DateOnly.FromDateTime(quarter.Start))).ToList();
        var last = _store.Rows(LastBatchSql, r => (Source: r.GetString(0), At: r.GetDateTime(1)))
            .ToDictionary(x => x.Source, x => x.At, StringComparer.Ordinal);
        HashSet<string>? scopedUnits = null;
        var narrowed = filter.AreaCode is not null || filter.UnitKind is not null || filter.UnitCode is not null
            || filter.AreaScope is not null;
        var sources = rows.Select(r => r.Source).Concat(last.Keys).Concat(expectations?.Keys ?? [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new List<SourceStatus>();
        foreach (var source in sources)
        {
            var mine = rows.Where(r => r.Source == source).ToList();
            var delivered = mine.Where(r => r.ThisYear).Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
            HashSet<string> expected;
            SourceExpectation? expectation = null;
            var configured = expectations?.TryGetValue(source, out expectation) == true && expectation is not null;
            if (configured && !narrowed) expected = expectation!.ExpectedUnits.ToHashSet(StringComparer.Ordinal);
            else if (configured)
            {
                // A narrowed filter keeps the configured units it covers; an unknown unit has no area to be in.
                scopedUnits ??= _store.Rows(ScopedUnitsSql, r => r.GetString(0), Bind(filter)).ToHashSet(StringComparer.Ordinal);
                expected = expectation!.ExpectedUnits.Where(scopedUnits.Contains).ToHashSet(StringComparer.Ordinal);
            }
            else expected = mine.Where(r => !r.ThisYear && r.Alive).Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
            DateTime? at = last.TryGetValue(source, out var a) ? a : null;
            result.Add(new SourceStatus(source, expected.Count, expected.Count(delivered.Contains),
                delivered.Count(u => !expected.Contains(u)), configured,
                at, at is { } t ? Math.Round((asOf - t).TotalDays, 1) : null, expectation?.MaxAge));
        }
        return result;
    }
}
