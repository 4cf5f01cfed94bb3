namespace Analytics.Warehouse.Store;

/// <summary>The tenor of a residence comment (DuckDB ENUM sentiment_kind). The order matches the ENUM's labels
/// in Schema/003_facts.sql: the Appender writes the ordinal.</summary>
public enum Sentiment : byte
{
    Positive,
    Negative,
    None,
}
