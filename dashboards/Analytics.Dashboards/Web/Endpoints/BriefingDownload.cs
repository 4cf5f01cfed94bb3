using System.Text.RegularExpressions;
using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Web.Auth;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>The briefing packs under the briefings folder (one folder per quarter, as `analytics brief`
/// writes them): the list the briefings page shows, and GET /briefings/{quarter}/{file}. A viewer with
/// the personal-data right gets the named pack; any other gets only its pseudonymised twin
/// (<see cref="BriefingPack.PseudonymisedFolder"/>) under the same addresses, and a pack without a twin is
/// not offered to them at all. Only the pack's documents and its zip are served, by exact name, so no
/// other file and no path outside the folder can be reached. Packs cover the whole province, so area
/// analysts do not get them (403).</summary>
internal static partial class BriefingDownload
{
    /// <summary>The documents a pack offers, in the page's order, with their media types; the zip is added per quarter.</summary>
    private static readonly (string Name, string MediaType)[] Documents =
    [
        (BriefingPack.DocumentFile, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (BriefingPack.PdfFile, "application/pdf"),
        (BriefingPack.HtmlFile, "text/html"),
        (BriefingPack.WorkbookFile, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ];

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterName();

    public static IResult Get(string quarter, string file, HttpContext http, DashboardOptions options)
    {
        var viewer = Viewer.From(http.User);
        if (viewer.Scope is not null) return ErrorPages.Page(StatusCodes.Status403Forbidden);
        if (!QuarterName().IsMatch(quarter)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        var offered = Offered(options.BriefingsFolder, quarter, viewer.PersonalData).FirstOrDefault(f => f.File.Name == file);
        // Every file is sent as an attachment: briefing.html is a document to keep, not a page of this site.
        return offered.File is null
            ? ErrorPages.Page(StatusCodes.Status404NotFound)
            : Results.File(offered.File.FullName, offered.MediaType, file);
    }

    /// <summary>Every pack the viewer may have, newest quarter first, each with the files present.</summary>
    public static IReadOnlyList<(string Quarter, IReadOnlyList<FileInfo> Files)> List(string folder, bool personalData)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists) return [];
        return root.EnumerateDirectories().Where(d => QuarterName().IsMatch(d.Name))
            .OrderByDescending(d => d.Name, StringComparer.Ordinal)
            .Select(d => (d.Name, (IReadOnlyList<FileInfo>)Offered(folder, d.Name, personalData).Select(f => f.File).ToList()))
            .Where(p => p.Item2.Count > 0).ToList();
    }

    /// <summary>The files of one quarter's pack that exist, in the viewer's version: named or pseudonymised.</summary>
    private static IEnumerable<(FileInfo File, string MediaType)> Offered(string folder, string quarter, bool personalData)
    {
        var pack = Path.Combine(Path.GetFullPath(folder), quarter);
        var version = personalData ? pack : Path.Combine(pack, BriefingPack.PseudonymisedFolder);
        var zip = personalData ? BriefingPack.ZipName(quarter) : BriefingPack.PseudonymisedZipName(quarter);
        return Documents.Append((Name: zip, MediaType: "application/zip"))
            .Select(d => (File: new FileInfo(Path.Combine(version, d.Name)), d.MediaType))
            .Where(f => f.File.Exists);
    }
}
