using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>The page shell: Vietnamese, UTF-8, one stylesheet, the navigation and the logged-in user
/// with a logout form (antiforgery like every form).</summary>
internal static class Layout
{
    private static readonly (string Href, string Id, string Label)[] Navigation =
    [
        ("/", "overview", "Tổng quan"),
        ("/trends", "trends", "Xu hướng"),
        ("/findings", "findings", "Phát hiện"),
        ("/sources", "sources", "Nguồn dữ liệu"),
        ("/briefings", "briefings", "Bản tin"),
    ];

    public static IResult Render(HttpContext http, string title, string active, Action<HtmlWriter> body, int status = StatusCodes.Status200OK)
    {
        var h = new HtmlWriter().Doctype();
        using (h.Tag("html", ("lang", "vi")))
        {
            using (h.Tag("head"))
            {
                h.Void("meta", ("charset", "utf-8"));
                h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
                h.El("title", title + " — Kho xếp loại chất lượng");
                h.Void("link", ("rel", "stylesheet"), ("href", "/static/site.css"));
            }
            using (h.Tag("body"))
            {
                Header(h, http, active);
                using (h.Tag("main")) body(h);
                h.El("footer", "Ban Tổ chức Tỉnh ủy — Kho dữ liệu xếp loại chất lượng tổ chức, tập thể và cá nhân");
            }
        }
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(h.ToString(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    private static void Header(HtmlWriter h, HttpContext http, string active)
    {
        using (h.Tag("header", ("class", "top")))
        {
            h.A("/", "Kho xếp loại chất lượng", ("class", "brand"));
            if (http.User.Identity?.IsAuthenticated != true) return;
            var viewer = Viewer.From(http.User);
            using (h.Tag("nav", ("aria-label", "Điều hướng chính")))
            {
                foreach (var (href, id, label) in Navigation) h.A(href, label, ("class", id == active ? "on" : null), ("id", "nav-" + id));
                if (viewer.IsAdmin) h.A("/jobs", "Tác vụ nền", ("id", "nav-jobs"));
            }
            using (h.Tag("div", ("class", "who")))
            {
                h.El("span", $"{viewer.Name} · {Labels.Of(Labels.UserRoles, viewer.Role)}" +
                    (viewer.Scope is null ? "" : " (" + string.Join(", ", viewer.Scope) + ")"), ("id", "who"));
                using (h.Tag("form", ("method", "post"), ("action", "/logout")))
                {
                    var (name, value) = Page.Antiforgery(http);
                    h.Void("input", ("type", "hidden"), ("name", name), ("value", value));
                    h.El("button", "Đăng xuất", ("type", "submit"));
                }
            }
        }
    }

    /// <summary>A table header row.</summary>
    public static void HeadRow(HtmlWriter h, params string[] columns)
    {
        using (h.Tag("thead"))
        using (h.Tag("tr"))
            foreach (var c in columns)
            {
                var numeric = c.StartsWith('#');
                h.El("th", numeric ? c[1..] : c, ("class", numeric ? "n" : null));
            }
    }

    /// <summary>A finding's text: the rule's Vietnamese title, then the check's own message as detail.</summary>
    public static void Finding(HtmlWriter h, string rule, string message)
    {
        using (h.Tag("td"))
        {
            h.El("span", Analytics.Warehouse.Checks.CheckCatalog.Find(rule)?.TitleVi ?? rule);
            h.Void("br").El("span", message, ("class", "note"));
        }
    }

    public static void Cell(HtmlWriter h, object? value, bool numeric = false) => h.El("td", value, ("class", numeric ? "n" : null));

    public static void Badge(HtmlWriter h, string css, string text) => h.El("span", text, ("class", "badge " + css));

    /// <summary>A hidden antiforgery field for a form of this request.</summary>
    public static void AntiforgeryField(HtmlWriter h, HttpContext http)
    {
        var (name, value) = Page.Antiforgery(http);
        h.Void("input", ("type", "hidden"), ("name", name), ("value", value));
    }
}
