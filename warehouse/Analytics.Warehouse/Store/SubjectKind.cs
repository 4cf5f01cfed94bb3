namespace Analytics.Warehouse.Store;

/// <summary>Who a rating is about (DuckDB ENUM subject_kind). The order matches the ENUM's labels in Schema/003_facts.sql:
/// the Appender writes the ordinal.</summary>
public enum SubjectKind : byte
{
    Unit,
    Person,
}
