using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Sources;

/// <summary>One item of a drop folder as the drop watches it: whether it is still arriving (a partial
/// download's name, or a size or modification time that moved within the settle time), and its
/// identity — the SHA-256 of its bytes (a folder's files by relative path) — by which a loaded item is
/// filed away, so a file re-uploaded under the same name meanwhile is not archived unread.</summary>
internal static class DropItem
{
    /// <summary>Names copy tools give a file until it is complete: "copy then rename" finishes them.</summary>
    private static readonly string[] PartialSuffixes = [".part", ".tmp", ".partial", ".filepart", ".crdownload", ".download"];

    /// <summary>What can be seen of an item without reading it: total size, newest modification time
    /// (its own and everything inside), entries, and whether any entry still has a partial name.</summary>
    public readonly record struct Look(long Bytes, DateTime Newest, int Entries, bool Partial);

    public static bool IsPartialName(string name) =>
        PartialSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    public static Look LookAt(string path)
    {
        if (File.Exists(path))
        {
            var file = new FileInfo(path);
            return new Look(file.Length, file.LastWriteTimeUtc, 1, IsPartialName(file.Name));
        }
        var folder = new DirectoryInfo(path);
        long bytes = 0;
        var newest = folder.LastWriteTimeUtc;
        int entries = 0;
        var partial = false;
        foreach (var entry in folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entries++;
            if (entry.LastWriteTimeUtc > newest) newest = entry.LastWriteTimeUtc;
            if (entry is FileInfo f)
            {
                bytes += f.Length;
                partial |= IsPartialName(f.Name) || f.Name.StartsWith("~$", StringComparison.Ordinal);
            }
        }
        return new Look(bytes, newest, entries, partial);
    }

    /// <summary>The SHA-256 of a file's bytes, or of a folder's files (relative path, length, bytes) in
    /// path order; null when the item is gone.</summary>
    public static string? Identity(string path)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (File.Exists(path)) Append(sha, path);
        else if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(path, f)).Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(file.Replace('\\', '/') + "\n"));
                Append(sha, Path.Combine(path, file));
            }
        }
        else return null;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Append(IncrementalHash sha, string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        sha.AppendData(Encoding.UTF8.GetBytes(stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer)) > 0) sha.AppendData(buffer.AsSpan(0, n));
    }
}
