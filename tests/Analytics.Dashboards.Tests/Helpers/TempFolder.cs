namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("analytics-pack-").FullName;

    public void Dispose() => Directory.Delete(Path, true);
}
