using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.App.Jobs;

/// <summary>The server's one warehouse, opened (and migrated) once at start-up, and the pseudonym
/// secret its ingest uses. A job never shares a connection: it takes its own with
/// <see cref="Connect"/> and disposes it. A server that only extracts has no warehouse.</summary>
internal sealed class JobWarehouse(WarehouseStore? store, byte[] pseudonymKey)
{
    /// <summary>Whether this server holds the warehouse (and so serves the warehouse queue).</summary>
    public bool Available => store is not null;

    /// <summary>A connection of the calling job's own to the open warehouse.</summary>
    public WarehouseStore Connect() => (store ?? throw new InvalidOperationException(
        "this server does not hold the warehouse (extraction only); " +
        "warehouse jobs belong on the warehouse queue of the main server")).Connect();

    /// <summary>Person keys with the warehouse's pseudonym secret (one set per ingest).</summary>
    public PersonKeys Keys() => new(pseudonymKey);
}
