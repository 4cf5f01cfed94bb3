using Analytics.Etl.Sources;
using Analytics.Warehouse.Trends;

namespace Analytics.App.Serve;

/// <summary>What the charts expect of each configured source: its expected reporting units and its
/// freshness limit ("Sources" in appsettings.json). Sources without expected units are left to the
/// charts' own default (the units that delivered the year before).</summary>
internal static class SourceExpectations
{
    public static IReadOnlyDictionary<string, SourceExpectation>? From(IReadOnlyList<SourceSettings> sources)
    {
        var configured = sources.Where(s => s.ExpectedUnits.Length > 0).ToDictionary(
            s => s.Name,
            s => new SourceExpectation(s.ExpectedUnits, s.FreshnessDays > 0 ? TimeSpan.FromDays(s.FreshnessDays) : null),
            StringComparer.Ordinal);
        return configured.Count == 0 ? null : configured;
    }
}
