using System.Globalization;
using System.Text.Json;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>How long raw deliveries stay in the landing area (landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/):
/// they hold names and source ids as delivered, so they go once the retention has passed — but only what
/// is safely in the warehouse. A load marks a fetch folder loaded (<see cref="MarkLoaded"/>) when every
/// submission in it was loaded or was already there, naming the batches; the purge deletes a folder past
/// the retention only when that mark exists and every batch it names is still a loaded batch of the
/// warehouse. Pending, failed and rejected fetches stay and are reported; folders this code did not make
/// (no stamp name, or a link) are never touched. Fetch manifests (landingRoot/fetches/) go once every
/// location they name is gone.</summary>
public sealed class LandingRetention
{
    /// <summary>The mark a load leaves in a fetch folder: one loaded batch id per line.</summary>
    public const string LoadedMark = ".loaded";

    private const string StampFormat = "yyyyMMdd'T'HHmmss'.'fff'Z'";
    private const string ManifestFolder = "fetches";   // FetchManifest.PathOf
    private const string LoadedBatchesSql =
        "SELECT count(*) FROM etl_batch WHERE status = 'loaded' AND list_contains($1::BIGINT[], batch_id)";

    private readonly string _landingRoot;
    private readonly TimeSpan _keep;
    private readonly TimeProvider _clock;

    public LandingRetention(string landingRoot, int retentionDays, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(landingRoot);
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionDays, 1);
        ArgumentNullException.ThrowIfNull(clock);
        _landingRoot = Path.GetFullPath(landingRoot);
        _keep = TimeSpan.FromDays(retentionDays);
        _clock = clock;
    }

    /// <summary>Marks the fetch folders of <paramref name="loaded"/> (under <paramref name="landingRoot"/>)
    /// whose every submission was loaded or already loaded; a folder with a rejected submission stays unmarked.</summary>
    public static void MarkLoaded(string landingRoot, IEnumerable<(Submission Submission, IngestReport Report)> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var root = Path.GetFullPath(landingRoot);
        foreach (var fetch in loaded.GroupBy(l => FetchFolderOf(root, l.Submission.Location), StringComparer.Ordinal))
        {
            if (fetch.Key is null || !Directory.Exists(fetch.Key)) continue;   // not landed (an `ingest` path)
            if (fetch.Any(l => l.Report.Status == IngestStatus.Rejected || l.Report.BatchId <= 0)) continue;
            var mark = Path.Combine(fetch.Key, LoadedMark);
            var temporary = mark + ".tmp";
            File.WriteAllLines(temporary, fetch.Select(l => l.Report.BatchId.ToString(CultureInfo.InvariantCulture)).Distinct());
            File.Move(temporary, mark, overwrite: true);
        }
    }

    /// <summary>Deletes what has passed the retention and is safely in <paramref name="store"/>'s warehouse.</summary>
    public LandingPurge Purge(WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var purged = new List<string>();
        var kept = new List<string>();
        var cutoff = _clock.GetUtcNow().UtcDateTime - _keep;
        if (!Directory.Exists(_landingRoot)) return new LandingPurge(purged, 0, kept);
        foreach (var source in Directory.EnumerateDirectories(_landingRoot).Where(d => Path.GetFileName(d) != ManifestFolder && !IsLink(d)))
        {
            foreach (var fetch in Directory.EnumerateDirectories(source).Order(StringComparer.Ordinal))
            {
                if (IsLink(fetch) || Stamp(Path.GetFileName(fetch)) is not { } landed || landed >= cutoff) continue;
                var name = Path.GetRelativePath(_landingRoot, fetch);
                if (!SafelyLoaded(store, fetch)) kept.Add(name);
                else
                {
                    Directory.Delete(fetch, recursive: true);
                    purged.Add(name);
                }
            }
        }
        return new LandingPurge(purged, PurgeManifests(cutoff), kept);
    }

    private static bool SafelyLoaded(WarehouseStore store, string fetch)
    {
        var mark = Path.Combine(fetch, LoadedMark);
        if (!File.Exists(mark)) return false;
        var batches = File.ReadAllLines(mark).Where(l => l.Length > 0).Select(l => long.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        return batches.Length > 0 && store.Scalar(LoadedBatchesSql, batches) == batches.Length;
    }

    private int PurgeManifests(DateTime cutoff)
    {
        var folder = Path.Combine(_landingRoot, ManifestFolder);
        if (!Directory.Exists(folder)) return 0;
        var count = 0;
        foreach (var manifest in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (File.GetLastWriteTimeUtc(manifest) >= cutoff) continue;
            if (Locations(manifest).Any(l => File.Exists(l) || Directory.Exists(l))) continue;
            File.Delete(manifest);
            count++;
        }
        return count;
    }

    /// <summary>The submission locations a fetch manifest names (FetchManifest: Submissions[].Location).</summary>
    private static IEnumerable<string> Locations(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("Submissions", out var submissions)
            ? [.. submissions.EnumerateArray().Select(s => s.GetProperty("Location").GetString()!)]
            : [];
    }

    /// <summary>The fetch folder (landingRoot/&lt;source&gt;/&lt;stamp&gt;) a landed location lies in, or null.</summary>
    private static string? FetchFolderOf(string root, string location)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(location));
        var parts = relative.Split(Path.DirectorySeparatorChar);
        if (parts.Length < 2 || parts[0] is ".." or ManifestFolder || Path.IsPathRooted(relative)) return null;
        return Path.Combine(root, parts[0], parts[1]);
    }

    /// <summary>When a fetch folder was landed, from its name (Landing.NewFolder: stamp, maybe "-n").</summary>
    private static DateTime? Stamp(string name) =>
        DateTime.TryParseExact(name.Split('-')[0], StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stamp) ? stamp : null;

    private static bool IsLink(string path) => new DirectoryInfo(path).LinkTarget is not null;
}
