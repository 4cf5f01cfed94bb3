using System.IO.Compression;

namespace Analytics.Etl.Sources;

/// <summary>Refuses archives that try to escape or explode: an entry named with "..", a rooted path or a
/// drive, too many entries, more than <see cref="MaxTotalBytes"/> uncompressed, or an entry that
/// inflates more than <see cref="MaxRatio"/> times (zip bombs). Streams of entries are held to the
/// size their header declares, so a lying header cannot inflate past the limits either.</summary>
internal static class ZipGuard
{
    /// <summary>Largest total uncompressed size of one archive.</summary>
    public const long MaxTotalBytes = 8L << 30;

    /// <summary>Largest uncompressed ÷ compressed size of one entry (CSV compresses 5–20×).</summary>
    public const long MaxRatio = 200;

    /// <summary>Most entries in one archive.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The reason the archive is refused, or null when it is safe to read.</summary>
    public static string? Refusal(ZipArchive archive, string zipPath)
    {
        if (archive.Entries.Count > MaxEntries)
            return $"{zipPath}: {archive.Entries.Count:N0} entries (more than {MaxEntries:N0}); refused as a possible zip bomb";
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Any(s => s == ".."))
                return $"{zipPath}: entry '{entry.FullName}' points outside the archive (path traversal); refused";
            total += entry.Length;
            if (total > MaxTotalBytes)
                return $"{zipPath}: more than {MaxTotalBytes >> 30} GiB uncompressed; refused as a possible zip bomb";
            if (entry.Length > 1 << 20 && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                return $"{zipPath}: entry '{entry.FullName}' inflates {entry.Length / Math.Max(entry.CompressedLength, 1):N0}× " +
                    $"(more than {MaxRatio}×); refused as a possible zip bomb";
        }
        return null;
    }

    /// <summary>An entry's stream that fails once it yields more than the declared length.</summary>
    public static Stream Open(ZipArchiveEntry entry, string zipPath) =>
        new Bounded(entry.Open(), entry.Length, $"{zipPath}: entry '{entry.FullName}'");

    private sealed class Bounded(Stream inner, long limit, string what) : ForwardReadStream
    {
        private long _read;
        public override long Length => limit;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > limit)
                throw new InvalidDataException(
                    $"{what} inflates beyond the {limit:N0} bytes its header declares; refused as a possible zip bomb");
            return n;
        }
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
