using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Briefing;

/// <summary>briefing.html from the <see cref="BriefingPage"/> component, rendered outside any web request
/// (by `analytics brief` and the briefing job) with the dashboard's encoder: markup characters escaped,
/// Vietnamese letters kept as they are.</summary>
internal static class BriefingHtml
{
    public static string Render(BriefingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(BriefingPage.Facts)] = facts });
        // The renderer's own dispatcher runs the render; the caller (a CLI verb, a job) has no context to return to.
        return renderer.Dispatcher
            .InvokeAsync(async () => (await renderer.RenderComponentAsync<BriefingPage>(parameters)).ToHtmlString())
            .GetAwaiter().GetResult();
    }
}
