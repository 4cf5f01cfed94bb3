namespace Analytics.Etl.Decoding;

/// <summary>Length of a rating period: yearly always, quarterly optionally since 2025 (docs/rules.md).</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}
