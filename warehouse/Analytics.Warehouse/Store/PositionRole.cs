namespace Analytics.Warehouse.Store;

/// <summary>A person's role in a unit (DuckDB ENUM position_role). The order matches the ENUM's labels in Schema/003_facts.sql:
/// the Appender writes the ordinal.</summary>
public enum PositionRole : byte
{
    Member,
    Head,
    Deputy,
    Staff,
}
