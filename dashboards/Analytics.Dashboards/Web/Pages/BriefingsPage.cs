using System.Text.RegularExpressions;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>The briefing packs written by <c>analytics brief</c> (one folder per quarter, holding a .zip)
/// and their download. Names are checked against a strict pattern and the resolved path must stay in
/// the folder: no path traversal. Packs cover the whole province, so area analysts do not get them.</summary>
internal static partial class BriefingsPage
{
    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$")]
    private static partial Regex ZipName();

    public static IResult Show(HttpContext http)
    {
        using var page = Page.Open(http);
        var packs = page.Viewer.Scope is null ? List(page.Options.BriefingsFolder) : [];
        return Layout.Render(http, "Bản tin", "briefings", h =>
        {
            h.El("h1", "Bản tin hằng quý");
            if (page.Viewer.Scope is not null)
            {
                h.El("p", "Bản tin tổng hợp số liệu toàn tỉnh nên chỉ dành cho quản trị và chuyên viên phân tích cấp tỉnh.", ("class", "lead"));
                return;
            }
            h.El("p", "Mỗi bản tin gồm biểu đồ, briefing.html và findings.xlsx, do lệnh analytics brief tạo theo quý.", ("class", "lead"));
            if (packs.Count == 0) { h.El("p", "Chưa có bản tin nào.", ("class", "muted"), ("id", "no-packs")); return; }
            using (h.Tag("table", ("class", "grid"), ("id", "packs")))
            {
                Layout.HeadRow(h, "Quý", "Tệp", "#Dung lượng", "Tạo lúc");
                using (h.Tag("tbody"))
                    foreach (var (quarter, file) in packs)
                        using (h.Tag("tr"))
                        {
                            Layout.Cell(h, quarter);
                            using (h.Tag("td")) h.A($"/briefings/{quarter}/{file.Name}", file.Name);
                            Layout.Cell(h, $"{file.Length / 1024.0:0.0} KB", true);
                            Layout.Cell(h, Labels.Time(file.LastWriteTime));
                        }
            }
        });
    }

    public static IResult Download(HttpContext http, string quarter, string file)
    {
        var viewer = Auth.Viewer.From(http.User);
        if (viewer.Scope is not null) return ErrorPages.Denied(http);
        var options = (DashboardOptions)http.RequestServices.GetService(typeof(DashboardOptions))!;
        if (!QuarterName().IsMatch(quarter) || !ZipName().IsMatch(file)) return ErrorPages.NotFound(http);
        var root = Path.GetFullPath(options.BriefingsFolder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, quarter, file));
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path)) return ErrorPages.NotFound(http);
        return Results.File(path, "application/zip", file);
    }

    private static List<(string Quarter, FileInfo File)> List(string folder)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists) return [];
        return root.EnumerateDirectories().Where(d => QuarterName().IsMatch(d.Name))
            .SelectMany(d => d.EnumerateFiles("*.zip").Where(f => ZipName().IsMatch(f.Name)).Select(f => (d.Name, f)))
            .OrderByDescending(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.f.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, p.f)).ToList();
    }
}
