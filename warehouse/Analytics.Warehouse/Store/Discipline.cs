namespace Analytics.Warehouse.Store;

/// <summary>Discipline decided within the period, by severity (DuckDB ENUM discipline_kind). The order matches the ENUM's labels
/// in Schema/003_facts.sql: the Appender writes the ordinal.</summary>
public enum Discipline : byte
{
    None,
    Reprimand,
    Warning,
    Removal,
    Dismissal,
    Expulsion,
}
