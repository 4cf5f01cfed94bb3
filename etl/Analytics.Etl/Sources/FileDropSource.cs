using Analytics.Etl.Loading;
using Analytics.Etl.Workbooks;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>A watched folder (kind "drop"): each item in it — a folder of record-kind CSV files, a .zip
/// of one, an .xlsx workbook, or a loose record-kind .csv — is copied (workbooks: rendered as CSV) into
/// the landing folder and becomes a submission. After loading, the item moves to archive/ (loaded or
/// already loaded) or rejected/ (unreadable), with an error report beside it listing the reason and
/// every quarantined row (file, line, column, reason, message).</summary>
internal sealed class FileDropSource(SourceSettings source, string landingRoot)
{
    public const string ArchiveFolder = "archive";
    public const string RejectedFolder = "rejected";
    public const string ReportSuffix = ".errors.csv";

    private string Drop => Path.GetFullPath(source.Path!);

    public FetchResult Fetch(string? since, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Drop);   // the inbox: subordinate systems copy into it
        var submissions = new List<Submission>();
        string? landing = null;
        foreach (var item in Items())
        {
            cancellationToken.ThrowIfCancellationRequested();
            landing ??= Landing.NewFolder(landingRoot, source.Name);
            var name = Path.GetFileName(item);
            var target = Path.Combine(landing, name);
            if (Directory.Exists(item))
            {
                CopyFolder(item, target);
                var found = SubmissionLocator.Locate([target]);
                submissions.AddRange(found.Count > 0 ? found
                    : [Submission.Unreadable(name, "csv-folder", target, $"{name}: no record-kind files in it (units.csv, ratings.csv, … or a .zip/.xlsx of them)")]);
            }
            else if (item.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                try { submissions.Add(Workbook.Land(item, target, Path.GetFileNameWithoutExtension(name))); }
                catch (InvalidDataException e) { submissions.Add(Submission.Unreadable(Path.GetFileNameWithoutExtension(name), "xlsx", target, e.Message)); }
            }
            else if (item.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(item, target);
                submissions.Add(SubmissionLocator.FromZip(target));
            }
            else
            {
                Directory.CreateDirectory(target);
                var copy = Path.Combine(target, name);
                File.Copy(item, copy);
                submissions.Add(SubmissionLocator.FromFiles(target, [copy], "csv-folder", Path.GetFileNameWithoutExtension(name)));
            }
        }
        return new FetchResult(source.Name, submissions, null, []);
    }

    /// <summary>Items waiting in the drop folder, in name order: folders, .zip, .xlsx and record-kind
    /// .csv files; archive/, rejected/, hidden files, Excel lock files (~$) and reports are left alone.</summary>
    private IEnumerable<string> Items() => Directory.EnumerateFileSystemEntries(Drop)
        .Where(path =>
        {
            var name = Path.GetFileName(path);
            if (name is ArchiveFolder or RejectedFolder || name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)) return false;
            if (Directory.Exists(path)) return true;
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return true;
            return name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(ReportSuffix, StringComparison.OrdinalIgnoreCase)
                && Decoding.RecordKindNames.FromName(Path.GetFileNameWithoutExtension(name)) is not null;
        })
        .Order(StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var sub in Directory.EnumerateDirectories(from)) CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
    }

    /// <summary>Moves each item whose submissions were all loaded (or already loaded) to archive/, any
    /// other to rejected/, with an error report beside it when anything was rejected or quarantined.</summary>
    public void Settle(IReadOnlyList<(Submission Submission, IngestReport Report)> loaded, WarehouseStore store)
    {
        var root = Path.Combine(Path.GetFullPath(landingRoot), Landing.SafeName(source.Name));
        foreach (var group in loaded.GroupBy(l => ItemOf(root, l.Submission.Location), StringComparer.Ordinal))
        {
            var item = Path.Combine(Drop, group.Key);
            if (!File.Exists(item) && !Directory.Exists(item)) continue;   // settled by an earlier pull
            var rejected = group.Any(l => l.Report.Status == IngestStatus.Rejected);
            var destination = Free(Path.Combine(Drop, rejected ? RejectedFolder : ArchiveFolder, group.Key));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            DropReport.Write(destination + ReportSuffix, group.ToList(), store);
            if (Directory.Exists(item)) Directory.Move(item, destination);
            else File.Move(item, destination);
        }
    }

    /// <summary>The drop item a landed submission came from: the first folder under the fetch's stamp.</summary>
    private static string ItemOf(string sourceRoot, string location)
    {
        var relative = Path.GetRelativePath(sourceRoot, location).Split(Path.DirectorySeparatorChar);
        return relative.Length >= 2 ? relative[1] : relative[0];
    }

    private static string Free(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) return path;
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var ext = Path.GetExtension(path);
        var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        for (var n = 0; ; n++)
        {
            var candidate = $"{stem}.{stamp}{(n == 0 ? "" : $"-{n}")}{ext}";
            if (!File.Exists(candidate) && !Directory.Exists(candidate)) return candidate;
        }
    }
}
