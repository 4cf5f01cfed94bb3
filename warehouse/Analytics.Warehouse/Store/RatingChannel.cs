namespace Analytics.Warehouse.Store;

/// <summary>The step of a rating: the self-rating, the collective's proposal, the competent level's
/// decision (DuckDB ENUM rating_channel). The order matches the ENUM's labels in Schema/003_facts.sql:
/// the Appender writes the ordinal.</summary>
public enum RatingChannel : byte
{
    Self,
    Proposed,
    Final,
}
