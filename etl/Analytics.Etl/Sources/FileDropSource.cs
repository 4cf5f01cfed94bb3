using Analytics.Etl.Loading;
using Analytics.Etl.Workbooks;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>A watched folder (kind "drop"): each item in it — a folder of record-kind CSV files, a .zip
/// of one, an .xlsx or .xls workbook, or a loose record-kind .csv — is copied (workbooks: rendered as
/// CSV through the source's mappings) into the landing folder and becomes a submission. An item still
/// arriving is left for a later pull: a partial name (*.part, *.tmp …) or a size or modification time
/// that moved within <see cref="SourceSettings.SettleSeconds"/> or during the copy (senders should
/// copy, then rename). After loading, the item moves to archive/ (loaded or already loaded) or
/// rejected/ (unreadable) with an error report beside it — but only if it still is what was loaded
/// (the same SHA-256): a file re-uploaded under the same name meanwhile stays for the next pull.</summary>
internal sealed class FileDropSource(SourceSettings source, string landingRoot)
{
    public const string ArchiveFolder = "archive";
    public const string RejectedFolder = "rejected";
    public const string ReportSuffix = ".errors.csv";

    /// <summary>Beside each landed item: the SHA-256 of what was landed, read back when it is filed away.</summary>
    private const string IdentitySuffix = ".identity";

    private string Drop => Path.GetFullPath(source.Path!);

    public FetchResult Fetch(string? since, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Drop);   // the inbox: subordinate systems copy into it
        var submissions = new List<Submission>();
        string? landing = null;
        var settle = TimeSpan.FromSeconds(source.SettleSeconds);
        foreach (var item in Items())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var look = DropItem.LookAt(item);
            if (look.Partial || DateTime.UtcNow - look.Newest < settle) continue;   // still arriving
            landing ??= Landing.NewFolder(landingRoot, source.Name);
            var name = Path.GetFileName(item);
            var target = Path.Combine(landing, name);
            var (landed, raw) = LandItem(item, name, target);
            if (DropItem.LookAt(item) != look)
            {
                // Written to while it was copied: whatever landed may be half of it.
                if (Directory.Exists(target)) Directory.Delete(target, true);
                else File.Delete(target);
                continue;
            }
            File.WriteAllText(target + IdentitySuffix, DropItem.Identity(raw));
            submissions.AddRange(landed);
        }
        if (landing is not null && !Directory.EnumerateFileSystemEntries(landing).Any()) Directory.Delete(landing);
        return new FetchResult(source.Name, submissions, null, []);
    }

    /// <summary>Copies (or renders) one item into the landing folder; returns its submission and the
    /// landed copy of the delivered bytes, whose SHA-256 is the item's identity.</summary>
    private (IReadOnlyList<Submission>, string Raw) LandItem(string item, string name, string target)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        if (Directory.Exists(item))
        {
            CopyFolder(item, target);
            var found = SubmissionLocator.Locate([target]);
            if (found.Count > 0) return (found, target);
            var error = $"{name}: no record-kind files in it (units.csv, ratings.csv, … or a .zip/.xlsx/.xls of them)";
            return ([Submission.Unreadable(name, "csv-folder", target, error)], target);
        }
        if (item.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            File.Copy(item, target);
            return ([SubmissionLocator.FromZip(target)], target);
        }
        Directory.CreateDirectory(target);
        var copy = Path.Combine(target, name);
        File.Copy(item, copy);
        if (!Workbook.IsWorkbook(name)) return ([SubmissionLocator.FromFiles(target, [copy], "csv-folder", stem)], copy);
        try { return ([Workbook.Land(copy, target, stem, source.Workbooks)], copy); }
        catch (InvalidDataException e)
        {
            var connector = name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? "xls" : "xlsx";
            return ([Submission.Unreadable(stem, connector, target, e.Message)], copy);
        }
    }

    /// <summary>Items waiting in the drop folder, in name order: folders, .zip, .xlsx, .xls and record-kind
    /// .csv (or Excel's Unicode Text .txt) files; archive/, rejected/, hidden files, Excel lock files (~$), partial downloads and
    /// reports are left alone.</summary>
    private IEnumerable<string> Items() => Directory.EnumerateFileSystemEntries(Drop)
        .Where(path =>
        {
            var name = Path.GetFileName(path);
            if (name is ArchiveFolder or RejectedFolder || name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
                return false;
            if (Directory.Exists(path)) return true;
            if (DropItem.IsPartialName(name)) return false;
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || Workbook.IsWorkbook(name)) return true;
            return SubmissionLocator.IsTextFile(name) && !name.EndsWith(ReportSuffix, StringComparison.OrdinalIgnoreCase)
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
    /// other to rejected/, with an error report beside it when anything was rejected, quarantined or
    /// noted — provided it is still the item that was landed (same SHA-256).</summary>
    public void Settle(IReadOnlyList<(Submission Submission, IngestReport Report)> loaded, WarehouseStore store)
    {
        var root = Path.Combine(Path.GetFullPath(landingRoot), Landing.SafeName(source.Name));
        foreach (var group in loaded.GroupBy(l => ItemOf(root, l.Submission.Location)))
        {
            var (stamp, name) = group.Key;
            var item = Path.Combine(Drop, name);
            if (!File.Exists(item) && !Directory.Exists(item)) continue;   // settled by an earlier pull
            var identityFile = Path.Combine(root, stamp, name + IdentitySuffix);
            var expected = File.Exists(identityFile) ? File.ReadAllText(identityFile).Trim() : null;
            if (expected is not null && DropItem.Identity(item) != expected) continue;   // re-uploaded since: not what was loaded
            var rejected = group.Any(l => l.Report.Status == IngestStatus.Rejected);
            var destination = Free(Path.Combine(Drop, rejected ? RejectedFolder : ArchiveFolder, name));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            Move(item, destination);
            if (expected is not null && DropItem.Identity(destination) != expected)
            {
                // Replaced in the instant between the check and the move: give the new one back.
                Move(destination, Free(item));
                continue;
            }
            DropReport.Write(destination + ReportSuffix, group.ToList(), store);
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    /// <summary>The landing stamp and drop item a landed submission came from: the first two folders
    /// under the source's landing root.</summary>
    private static (string Stamp, string Item) ItemOf(string sourceRoot, string location)
    {
        var relative = Path.GetRelativePath(sourceRoot, location).Split(Path.DirectorySeparatorChar);
        return relative.Length >= 2 ? (relative[0], relative[1]) : ("", relative[0]);
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
