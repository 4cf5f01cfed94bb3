using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Analytics.Etl.Sources;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Configuration;

/// <summary>The settings of one run of the CLI (or of the server): each section bound into its
/// immutable record and validated by <see cref="SettingsValidator{T}"/> the first time a verb asks for it,
/// so a wrong setting stops the verb with one sentence and a section no verb reads cannot stop it.
/// Adding a setting: a record with a <c>Section</c> constant and data annotations, then
/// <c>settings.Get&lt;T&gt;(T.Section)</c> here and <c>AddSettings&lt;T&gt;</c> in serve (docs/operations.md).</summary>
internal sealed partial class Settings(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<(string, Type), object> _bound = new();

    /// <summary>The configuration everything is bound from.</summary>
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The settings of this installation (appsettings.json, then ANALYTICS__ variables).</summary>
    public static Settings Load() => new(AppSettings.Load());

    /// <summary>Section <paramref name="section"/> bound into a <typeparamref name="T"/> and validated.</summary>
    public T Get<T>(string section) where T : class, new() => Get(section, s => s.Get<T>() ?? new T());

    /// <summary>Section <paramref name="section"/> bound by <paramref name="bind"/> and validated.</summary>
    public T Get<T>(string section, Func<IConfigurationSection, T> bind) where T : class
    {
        ArgumentNullException.ThrowIfNull(bind);
        return (T)_bound.GetOrAdd((section, typeof(T)), _ =>
        {
            var node = Configuration.GetSection(section);
            var value = Bind(node, bind);
            var result = new SettingsValidator<T>(node).Validate(null, value);
            if (result.Failed) throw new SettingsException(result.Failures.First());
            return value;
        });
    }

    /// <summary>The configured sources ("Sources"), each validated (a wrong one named with its field).</summary>
    public IReadOnlyList<SourceSettings> Sources => Get(SourceCatalog.Section, _ => SourceCatalog.Bind(Configuration));

    /// <summary>THE warehouse file: <c>--warehouse</c> when given, else ANALYTICS_WAREHOUSE, else
    /// Warehouse:Path; as a full path (relative ones are taken from the working directory).</summary>
    public string WarehousePath(string? commandLine = null)
    {
        var path = commandLine is { Length: > 0 } ? commandLine
            : Environment.GetEnvironmentVariable(WarehouseSettings.PathVariable) is { Length: > 0 } variable ? variable
            : Get<WarehouseSettings>(WarehouseSettings.Section).Path;
        return Path.GetFullPath(path);
    }

    private static T Bind<T>(IConfigurationSection node, Func<IConfigurationSection, T> bind)
    {
        try
        {
            return bind(node);
        }
        catch (InvalidOperationException e) when (Unreadable(e) is { } sentence)
        {
            throw new SettingsException(sentence);
        }
    }

    /// <summary>The binder's "Failed to convert configuration value at 'A:B' to type 'T'" as one sentence.</summary>
    internal static string? Unreadable(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            if (ConversionFailure().Match(x.Message) is not { Success: true } m) continue;
            var type = m.Groups[2].Value.Split('.')[^1].TrimEnd('\'');
            return $"Setting {m.Groups[1].Value} cannot be read as {Describe(type)}; " +
                "correct it in appsettings.json or its ANALYTICS__ variable.";
        }
        return null;
    }

    private static string Describe(string type) => type switch
    {
        "Int32" or "Int64" => "a whole number",
        "Double" or "Decimal" => "a number (with a dot for decimals)",
        "Boolean" => "true or false",
        "TimeSpan" => "a duration (hh:mm:ss)",
        _ => type,
    };

    [GeneratedRegex(@"at '([^']+)' to type '([^']+)'")]
    private static partial Regex ConversionFailure();
}
