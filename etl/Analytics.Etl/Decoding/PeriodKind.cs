namespace Analytics.Etl.Decoding;

/// <summary>Length of a rating period: yearly always, quarterly optionally since 2025 (DOMAIN.md).</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}
