using Analytics.Dashboards.Briefing;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Formalism;
using Microsoft.Extensions.Configuration;

namespace Analytics.App;

/// <summary>Configuration: appsettings.json beside the executable, then ANALYTICS__SECTION__KEY
/// environment variables (secrets go there, never into the file).</summary>
internal static class AppConfiguration
{
    private static readonly Lazy<IConfigurationRoot> Root = new(() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables("ANALYTICS__")
        .Build());

    public static IConfiguration Current => Root.Value;

    public static CheckSettings Checks => Current.GetSection("Checks").Get<CheckSettings>() ?? new CheckSettings();

    public static FormalismSettings Formalism => Current.GetSection("Formalism").Get<FormalismSettings>() ?? new FormalismSettings();

    public static BriefingSettings Briefing =>
        Current.GetSection(BriefingSettings.Section).Get<BriefingSettings>() ?? new BriefingSettings();
}
