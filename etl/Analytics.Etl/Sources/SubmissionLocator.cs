using System.IO.Compression;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Sources;

/// <summary>Turns the paths given to `analytics ingest` into submissions: a folder holding record-kind
/// CSV files is one submission, a .zip of such files is one, and any other folder is searched
/// recursively for those (INTERCHANGE.md "Delivery").</summary>
public static class SubmissionLocator
{
    /// <summary>Largest total uncompressed size accepted from one zip (a zip bomb guard).</summary>
    public const long MaxZipBytes = 8L << 30;

    public static IReadOnlyList<Submission> Locate(IEnumerable<string> paths)
    {
        var found = new List<Submission>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) found.Add(FromZip(path));
                else if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) found.Add(FromFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, [path]));
                else throw new ArgumentException($"{path}: not a folder, .zip or .csv file");
            }
            else if (Directory.Exists(path)) Walk(Path.GetFullPath(path), found);
            else throw new ArgumentException($"{path}: no such file or folder");
        }
        return found;
    }

    private static void Walk(string folder, List<Submission> found)
    {
        var csv = Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (csv.Any(f => RecordKindNames.FromName(Path.GetFileNameWithoutExtension(f)) is not null))
            found.Add(FromFiles(folder, csv));
        foreach (var zip in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal)) found.Add(FromZip(zip));
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)) Walk(sub, found);
    }

    private static Submission FromFiles(string folder, IReadOnlyList<string> files) =>
        new(Path.GetFileName(folder), "csv-folder", folder,
            files.Select(f => new SubmissionFile(Path.GetFileName(f), new FileInfo(f).Length,
                () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))).ToList());

    private static Submission FromZip(string zipPath)
    {
        var files = new List<SubmissionFile>();
        long total = 0;
        using (var archive = ZipFile.OpenRead(zipPath))
        {
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') || !entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
                total += entry.Length;
                if (total > MaxZipBytes)
                    throw new InvalidDataException($"{zipPath}: more than {MaxZipBytes >> 30} GiB uncompressed; refused as a possible zip bomb");
                var name = entry.FullName;
                files.Add(new SubmissionFile(entry.Name, entry.Length, () => OpenEntry(zipPath, name)));
            }
        }
        return new Submission(Path.GetFileNameWithoutExtension(zipPath), "zip", Path.GetFullPath(zipPath), files);
    }

    private static OwningStream OpenEntry(string zipPath, string entryName)
    {
        var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidDataException($"{zipPath}: entry {entryName} vanished");
        return new OwningStream(entry.Open(), archive);
    }

    /// <summary>A zip entry stream that disposes its archive with it.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) { inner.Dispose(); owner.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
