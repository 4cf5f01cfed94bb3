using Analytics.Etl.Decoding;

namespace Analytics.Etl.Sources;

/// <summary>Where one fetch of a SQL or HTTP source lands its record-kind CSV files
/// (landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/&lt;kind&gt;.csv). Every configured kind gets its file up
/// front, so a loader can start reading the first kind while later ones are still being extracted;
/// <see cref="Submission"/> gives the finished fetch as the submission Fetch returns (kinds without
/// rows left out), whose content hash is therefore the same whichever way it was loaded.</summary>
internal sealed class LandingFolder : IDisposable
{
    private readonly Dictionary<string, (GrowingFile File, long Rows)> _files = new(StringComparer.Ordinal);
    private readonly ManualResetEventSlim _firstRows = new(false);

    public LandingFolder(string landingRoot, SourceSettings source)
    {
        Path = Landing.NewFolder(landingRoot, source.Name);
        Name = $"{source.Name}-{System.IO.Path.GetFileName(Path)}";
        Kinds = [.. source.Queries.Keys
            .Select(k => RecordKindNames.FromName(k)!.Value).Distinct().Order().Select(RecordKindNames.FileName)];
        foreach (var kind in Kinds) _files[kind] = (new GrowingFile(System.IO.Path.Combine(Path, kind + ".csv")), -1);
    }

    public string Path { get; }
    public string Name { get; }

    /// <summary>The canonical kind names (units, people, …) in load order.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>Set once some kind has a data row (not by the end of an extraction without rows).</summary>
    public WaitHandle FirstRows => _firstRows.WaitHandle;

    /// <summary>The extraction's stream into a kind's file.</summary>
    public Stream Begin(string kind) => _files[kind].File.Create();

    /// <summary>Tells readers that a kind has rows (call at its first data row, before it is complete).</summary>
    public void HasRows() => _firstRows.Set();

    /// <summary>Rows have been offered to readers: from now on a failed extraction cannot simply start
    /// again (a loader may have read them), it must fail and let the batch roll back.</summary>
    public bool Published => _firstRows.IsSet;

    /// <summary>A kind's file is complete with this many data rows.</summary>
    public void End(string kind, long rows)
    {
        var (file, _) = _files[kind];
        _files[kind] = (file, rows);
        file.Complete();
        if (rows > 0) _firstRows.Set();
    }

    /// <summary>The extraction ended: kinds never begun are empty; on failure every unfinished file fails
    /// with the reason, so a batch reading it rolls back.</summary>
    public void Finish(Exception? failure)
    {
        foreach (var (kind, (file, rows)) in _files.ToList())
        {
            if (file.IsComplete) continue;
            if (failure is null) _files[kind] = (file, Math.Max(rows, 0));
            file.Complete(failure);
        }
    }

    /// <summary>The submission being written: every kind's file, read as it grows.</summary>
    public Submission Arriving(string connector) =>
        new(Name, connector, Path, [.. Kinds.Select(k => new SubmissionFile(k + ".csv", 0, _files[k].File.OpenReader))]);

    /// <summary>The finished fetch: the kinds that have rows (others deleted), or null when none has.</summary>
    public Submission? Submission(string connector)
    {
        var files = new List<string>();
        foreach (var kind in Kinds)
        {
            var (file, rows) = _files[kind];
            if (rows > 0) files.Add(file.Path);
            else if (File.Exists(file.Path)) File.Delete(file.Path);
        }
        if (files.Count > 0) return SubmissionLocator.FromFiles(Path, files, connector, Name);
        if (!Directory.EnumerateFileSystemEntries(Path).Any()) Directory.Delete(Path);   // nothing new: no empty folder per pull
        return null;
    }

    public void Dispose()
    {
        foreach (var (file, _) in _files.Values) file.Dispose();
        _firstRows.Dispose();
    }
}
