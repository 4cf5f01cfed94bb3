using Microsoft.Extensions.Configuration;

namespace Analytics.App.Configuration;

/// <summary>Where settings come from, in order (later wins): appsettings.json beside the executable,
/// then environment variables ANALYTICS__SECTION__KEY (e.g. ANALYTICS__Jobs__Workers=4). Secrets never
/// live in either: settings name the environment variable that holds a secret (…Variable).</summary>
internal static class AppSettings
{
    /// <summary>The prefix of environment variables that override appsettings.json.</summary>
    public const string EnvironmentPrefix = "ANALYTICS__";

    /// <summary>The configuration of this installation, read now.</summary>
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables(EnvironmentPrefix)
        .Build();
}
