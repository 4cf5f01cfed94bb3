using Microsoft.Extensions.Configuration;

namespace Analytics.Etl.Sources;

/// <summary>The configured sources: section "Sources" (an array of <see cref="SourceSettings"/>),
/// validated up front so a bad entry fails at start-up, naming the source and the field.</summary>
public static class SourceCatalog
{
    /// <summary>The section holding the sources.</summary>
    public const string Section = "Sources";

    private static readonly string[] Kinds = ["drop", "http", "sqlite", "postgres"];

    public static IReadOnlyList<SourceSettings> Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sources = configuration.GetSection(Section).Get<List<SourceSettings>>() ?? [];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var label = string.IsNullOrWhiteSpace(s.Name) ? $"Sources[{i}]" : $"source '{s.Name}'";
            if (string.IsNullOrWhiteSpace(s.Name)) throw new ArgumentException($"{label}: Name is required");
            if (!names.Add(s.Name)) throw new ArgumentException($"{label}: Name is used by another source; names must be unique");
            Validate(s, label);
        }
        return sources;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the source and the field at fault.</summary>
    public static void Validate(SourceSettings source, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        label ??= $"source '{source.Name}'";
        if (!Kinds.Contains(source.Kind))
            throw new ArgumentException($"{label}: Kind '{source.Kind}' is not one of {string.Join(", ", Kinds)}");
        switch (source.Kind)
        {
            case "drop":
            case "sqlite":
                if (string.IsNullOrWhiteSpace(source.Path))
                    throw new ArgumentException($"{label}: Path is required for kind {source.Kind}");
                break;
            case "http":
                if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url)
                    || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                    throw new ArgumentException($"{label}: Url '{source.Url}' is not an absolute http(s) URL");
                if (string.IsNullOrEmpty(source.ApiKeyHeader) != string.IsNullOrEmpty(source.ApiKeyVariable))
                    throw new ArgumentException($"{label}: ApiKeyHeader and ApiKeyVariable go together");
                break;
            default:
                if (string.IsNullOrWhiteSpace(source.ConnectionString) && string.IsNullOrWhiteSpace(source.ConnectionStringVariable))
                    throw new ArgumentException($"{label}: ConnectionString or ConnectionStringVariable is required for kind postgres");
                break;
        }
        if (source.Kind != "drop")
        {
            if (source.Queries.Count == 0) throw new ArgumentException($"{label}: Queries needs at least one record kind");
            var kinds = new HashSet<Decoding.RecordKind>();
            foreach (var (kind, query) in source.Queries)
            {
                if (Decoding.RecordKindNames.FromName(kind) is { } known && !kinds.Add(known))
                    throw new ArgumentException(
                        $"{label}: Queries has two entries for record kind {Decoding.RecordKindNames.FileName(known)} ('{kind}')");
                if (Decoding.RecordKindNames.FromName(kind) is null)
                    throw new ArgumentException($"{label}: Queries key '{kind}' is not a record kind " +
                        "(units, people, positions, ratings, summaries, residence)");
                if (string.IsNullOrWhiteSpace(query)) throw new ArgumentException($"{label}: Queries:{kind} is empty");
            }
        }
        if (source.TimeoutSeconds <= 0) throw new ArgumentException($"{label}: TimeoutSeconds must be positive");
        if (source.Retries < 0) throw new ArgumentException($"{label}: Retries must not be negative");
        if (source.FreshnessDays < 0) throw new ArgumentException($"{label}: FreshnessDays must not be negative");
        if (string.IsNullOrWhiteSpace(source.Schedule)
            || source.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is < 5 or > 6)
            throw new ArgumentException($"{label}: Schedule '{source.Schedule}' is not a cron expression (five fields)");
        if (source.SettleSeconds is < 0 or > 86_400)
            throw new ArgumentException($"{label}: SettleSeconds must be between 0 and 86400 (a day)");
        if (source.MaxResponseMiB is < 1 or > 1024) throw new ArgumentException($"{label}: MaxResponseMiB must be between 1 and 1024");
        if (source.MaxPages < 1) throw new ArgumentException($"{label}: MaxPages must be at least 1");
        if (source.WatermarkOverlap is { } overlap)
        {
            if (source.WatermarkColumn is null) throw new ArgumentException($"{label}: WatermarkOverlap needs a WatermarkColumn");
            if (!WatermarkWindow.TryParseOverlap(overlap, out _))
                throw new ArgumentException(
                    $"{label}: WatermarkOverlap '{overlap}' is neither a duration (00:15:00) nor a non-negative number");
        }
        if (source.Workbooks.Count > 0 && source.Kind != "drop")
            throw new ArgumentException($"{label}: Workbooks apply to a drop folder only (Kind drop), not to kind {source.Kind}");
        for (var i = 0; i < source.Workbooks.Count; i++) WorkbookMappingRules.Check(source.Workbooks[i], $"{label}: Workbooks[{i}]");
    }
}
