using System.IO.Compression;
using Analytics.Etl.Decoding;
using Analytics.Etl.Workbooks;

namespace Analytics.Etl.Sources;

/// <summary>Turns the paths given to `analytics ingest` into submissions: a folder holding record-kind
/// CSV files is one submission, a .zip of such files is one, an .xlsx or .xls workbook (a sheet per
/// record kind, or official forms: docs/workbooks.md) is one, and any other folder is searched recursively
/// for those (docs/interchange.md "Delivery").
/// An archive that cannot be opened, or that <see cref="ZipGuard"/> refuses, becomes a submission that
/// is rejected with the reason, so one bad delivery never stops the others.</summary>
public static class SubmissionLocator
{
    public static IReadOnlyList<Submission> Locate(IEnumerable<string> paths)
    {
        var found = new List<Submission>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) found.Add(FromZip(path));
                else if (Workbook.IsWorkbook(path)) found.Add(Workbook.InPlace(path));
                else if (IsTextFile(path)) found.Add(FromFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, [path]));
                else throw new ArgumentException($"{path}: not a folder, .zip, .xlsx, .xls or .csv file");
            }
            else if (Directory.Exists(path)) Walk(Path.GetFullPath(path), found);
            else throw new ArgumentException($"{path}: no such file or folder");
        }
        return found;
    }

    private static void Walk(string folder, List<Submission> found)
    {
        // .txt too: Excel's "Unicode Text" (UTF-16, tab-separated) saves under that extension.
        var csv = Directory.EnumerateFiles(folder).Where(IsTextFile).Order(StringComparer.Ordinal).ToList();
        if (csv.Any(f => RecordKindNames.FromName(Path.GetFileNameWithoutExtension(f)) is not null))
            found.Add(FromFiles(folder, csv));
        foreach (var zip in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal)) found.Add(FromZip(zip));
        foreach (var book in Directory.EnumerateFiles(folder).Where(Workbook.IsWorkbook).Order(StringComparer.Ordinal))
            found.Add(Workbook.InPlace(book));
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)) Walk(sub, found);
    }

    /// <summary>A .csv or .txt file (the record kind its name says is checked by the caller).</summary>
    internal static bool IsTextFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    internal static Submission FromFiles(
        string folder, IReadOnlyList<string> files, string connector = "csv-folder", string? name = null) =>
        new(name ?? Path.GetFileName(folder), connector, folder,
            files.Select(f => new SubmissionFile(Path.GetFileName(f), new FileInfo(f).Length,
                () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))).ToList());

    internal static Submission FromZip(string zipPath, string? name = null)
    {
        var files = new List<SubmissionFile>();
        name ??= Path.GetFileNameWithoutExtension(zipPath);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (ZipGuard.Refusal(archive, Path.GetFileName(zipPath)) is { } refusal)
                return Submission.Unreadable(name, "zip", Path.GetFullPath(zipPath), refusal);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') || !entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
                var entryName = entry.FullName;
                files.Add(new SubmissionFile(entry.Name, entry.Length, () => OpenEntry(zipPath, entryName)));
            }
        }
        catch (InvalidDataException e)
        {
            return Submission.Unreadable(name, "zip", Path.GetFullPath(zipPath),
                $"{Path.GetFileName(zipPath)}: not a readable zip archive ({e.Message})");
        }
        return new Submission(name, "zip", Path.GetFullPath(zipPath), files);
    }

    private static OwningStream OpenEntry(string zipPath, string entryName)
    {
        var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidDataException($"{zipPath}: entry {entryName} vanished");
        return new OwningStream(ZipGuard.Open(entry, Path.GetFileName(zipPath)), archive);
    }

    /// <summary>A zip entry stream that disposes its archive with it.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : ForwardReadStream
    {
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        protected override void Dispose(bool disposing)
        {
            if (disposing) { inner.Dispose(); owner.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
