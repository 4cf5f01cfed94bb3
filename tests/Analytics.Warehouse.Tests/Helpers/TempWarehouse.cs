using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>A warehouse file in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempWarehouse : IDisposable
{
    public TempWarehouse()
    {
        Folder = Directory.CreateTempSubdirectory("analytics-wh-").FullName;
        Path = System.IO.Path.Combine(Folder, "warehouse.duckdb");
        Store = WarehouseStore.Open(Path);
    }

    public string Folder { get; }
    public string Path { get; }
    public WarehouseStore Store { get; private set; }

    public void Reopen()
    {
        Store.Dispose();
        Store = WarehouseStore.Open(Path);
    }

    public long Scalar(string sql) => Store.Scalar(sql);

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Folder, true);
    }
}
