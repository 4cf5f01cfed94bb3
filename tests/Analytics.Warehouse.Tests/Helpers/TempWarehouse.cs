using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>A warehouse file in a fresh temporary folder, deleted on dispose; bound to the test pseudonym
/// secret unless asked otherwise (the checks key finding ids with it).</summary>
internal sealed class TempWarehouse : IDisposable
{
    private readonly bool _bindKey;

    public TempWarehouse(bool bindKey = true)
    {
        _bindKey = bindKey;
        Folder = Directory.CreateTempSubdirectory("analytics-wh-").FullName;
        Path = System.IO.Path.Combine(Folder, "warehouse.duckdb");
        Store = Open();
    }

    /// <summary>The pseudonym secret of the test warehouses.</summary>
    public static byte[] Secret => "a test pseudonym secret of 32 b."u8.ToArray();

    public string Folder { get; }
    public string Path { get; }
    public WarehouseStore Store { get; private set; }

    public void Reopen()
    {
        Store.Dispose();
        Store = Open();
    }

    private WarehouseStore Open()
    {
        var store = WarehouseStore.Open(Path);
        if (_bindKey) store.BindKey(Secret);
        return store;
    }

    public long Scalar(string sql) => Store.Scalar(sql);

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Folder, true);
    }
}
