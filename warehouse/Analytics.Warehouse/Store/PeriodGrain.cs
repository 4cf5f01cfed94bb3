namespace Analytics.Warehouse.Store;

/// <summary>The grain of a rating period (DuckDB ENUM period_kind). The order matches the ENUM's labels in Schema/003_facts.sql:
/// the Appender writes the ordinal.</summary>
public enum PeriodGrain : byte
{
    Year,
    Quarter,
    Month,
}
