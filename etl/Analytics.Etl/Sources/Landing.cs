using System.Globalization;

namespace Analytics.Etl.Sources;

/// <summary>The landing area: every fetch writes what it pulled under landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/
/// before anything is loaded, so nothing is lost and a submission's content (hence its hash) is fixed.</summary>
internal static class Landing
{
    // Two fetches of one source in the same millisecond (two workers of a server) must not share a folder:
    // the check and the creation below happen under this lock.
    private static readonly Lock Claiming = new();

    public static string NewFolder(string landingRoot, string source)
    {
        var parent = Path.Combine(Path.GetFullPath(landingRoot), SafeName(source));
        Directory.CreateDirectory(parent);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'.'fff'Z'", CultureInfo.InvariantCulture);
        lock (Claiming)
        {
            for (var n = 0; ; n++)
            {
                var folder = Path.Combine(parent, n == 0 ? stamp : $"{stamp}-{n}");
                if (Directory.Exists(folder)) continue;
                Directory.CreateDirectory(folder);
                return folder;
            }
        }
    }

    /// <summary>A sheet or item name as a file name: spaces and Vietnamese kept, separators replaced.</summary>
    public static string SafeSheetName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || c is '/' or '\\' ? '_' : c).ToArray()).Trim().Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }

    /// <summary>A name usable as one path segment: the source's own name with anything else replaced.</summary>
    public static string SafeName(string name)
    {
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }
}
