namespace Analytics.App.Jobs;

/// <summary>The Hangfire queues. DuckDB allows one writing process per file, so every job that
/// writes the warehouse runs on <see cref="Warehouse"/>, which exactly one server serves with one
/// worker; extraction (no warehouse access) runs on <see cref="Default"/> with as many as wanted.</summary>
internal static class JobQueues
{
    public const string Warehouse = "warehouse";

    public const string Default = "default";
}
