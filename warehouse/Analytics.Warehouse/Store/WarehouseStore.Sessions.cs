using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

// More connections of this process to the same open warehouse, one per thread. DuckDB allows one
// writing process per file, and within it every connection to the file shares one database; a
// DuckDBConnection itself must not be shared across threads. DuckDB.NET's Duplicate() serves only
// in-memory databases: for a file, a second connection with the same connection string reaches the
// same database instance (the driver keeps one per file while a connection to it is open).
public sealed partial class WarehouseStore
{
    /// <summary>A store on a new connection to this same, already migrated, database: for another
    /// thread (a background job, a web request), with this store's pseudonym key. Dispose it when done;
    /// this store stays open.</summary>
    public WarehouseStore Connect()
    {
        var connection = new DuckDBConnection(Connection.ConnectionString);
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new WarehouseStore(connection, Path) { Key = Key };
    }
}
