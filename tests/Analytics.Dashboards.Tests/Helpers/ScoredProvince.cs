namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>The same province with a formalism run (id 7) scoring A1-DU (0.20, 0.30) and A2-DU (0.55, 0.90).</summary>
public sealed class ScoredProvince : SmallProvince
{
    public ScoredProvince() : base(scored: true) { }
}
