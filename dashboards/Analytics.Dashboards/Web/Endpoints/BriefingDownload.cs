using System.Text.RegularExpressions;
using Analytics.Dashboards.Web.Auth;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>The briefing packs under the briefings folder (one folder per quarter, holding a .zip): the
/// list the briefings page shows, and GET /briefings/{quarter}/{file}. Names are checked against a strict
/// pattern and the resolved path must stay in the folder: no path traversal. Packs cover the whole
/// province, so area analysts do not get them (403).</summary>
internal static partial class BriefingDownload
{
    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$")]
    private static partial Regex ZipName();

    public static IResult Get(string quarter, string file, HttpContext http, DashboardOptions options)
    {
        if (Viewer.From(http.User).Scope is not null) return ErrorPages.Page(StatusCodes.Status403Forbidden);
        if (!QuarterName().IsMatch(quarter) || !ZipName().IsMatch(file)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        var root = Path.GetFullPath(options.BriefingsFolder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, quarter, file));
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        return Results.File(path, "application/zip", file);
    }

    /// <summary>Every pack, newest quarter first.</summary>
    public static IReadOnlyList<(string Quarter, FileInfo File)> List(string folder)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists) return [];
        return root.EnumerateDirectories().Where(d => QuarterName().IsMatch(d.Name))
            .SelectMany(d => d.EnumerateFiles("*.zip").Where(f => ZipName().IsMatch(f.Name)).Select(f => (d.Name, f)))
            .OrderByDescending(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.f.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, p.f)).ToList();
    }
}
