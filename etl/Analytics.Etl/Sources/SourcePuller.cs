using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>Pulls one configured source: <see cref="Fetch"/> extracts and lands the raw data under
/// landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/ (no warehouse access, may run on any thread or server);
/// <see cref="Load"/> ingests what was fetched through the same decoding and validation as
/// `analytics ingest`, one batch per submission, and only then moves the watermark.</summary>
public sealed class SourcePuller
{
    private readonly SourceSettings _source;
    private readonly string _landingRoot;
    private readonly HttpMessageHandler? _handler;

    public SourcePuller(SourceSettings source, string landingRoot, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(landingRoot);
        SourceCatalog.Validate(source);
        _source = source;
        _landingRoot = landingRoot;
        _handler = handler;
    }

    /// <summary>Extraction only: pulls what changed after <paramref name="since"/> (null = everything).</summary>
    public FetchResult Fetch(string? since, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Ingests each fetched submission as its own batch (serialised per warehouse file), files
    /// drop-folder items under archive/ or rejected/, and records the watermark once all committed.</summary>
    public PullReport Load(FetchResult fetched, SubmissionIngestor ingestor, WarehouseStore store) => throw new NotImplementedException();

    /// <summary>The watermark stored for <paramref name="source"/> by its last committed pull, or null.</summary>
    public static string? Watermark(WarehouseStore store, string source) => throw new NotImplementedException();
}
