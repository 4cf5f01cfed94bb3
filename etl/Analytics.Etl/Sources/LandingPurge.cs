namespace Analytics.Etl.Sources;

/// <summary>What one purge of the landing area did: the fetch folders and fetch manifests deleted, and the
/// fetch folders past the retention that were kept because their content is not (or no longer) in the
/// warehouse — a pending or failed load, a rejected delivery, a warehouse restored from an older backup.</summary>
public sealed record LandingPurge(IReadOnlyList<string> Purged, int Manifests, IReadOnlyList<string> KeptNotLoaded)
{
    /// <summary>One line for the job history.</summary>
    public string Summary(int retentionDays) =>
        $"{Purged.Count} landed fetches older than {retentionDays} days purged, {Manifests} fetch manifests" +
        (KeptNotLoaded.Count == 0
            ? ""
            : $"; {KeptNotLoaded.Count} kept, not loaded (load or delete them by hand): {string.Join(", ", KeptNotLoaded)}");
}
