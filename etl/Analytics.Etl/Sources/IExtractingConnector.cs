namespace Analytics.Etl.Sources;

/// <summary>A SQL or HTTP source: writes each record kind's rows as interchange CSV into a
/// <see cref="LandingFolder"/>, in load order, so that loading can start with the first kind.</summary>
internal interface IExtractingConnector
{
    /// <summary>The connector name etl_batch records: sqlite, postgres, http.</summary>
    string Connector { get; }

    /// <summary>Extracts what changed after <paramref name="since"/>. Source failures come back as
    /// errors; <see cref="Extraction.Rejects"/> says they condemn the delivered data (a malformed page).</summary>
    Extraction Extract(string? since, LandingFolder landing, CancellationToken cancellationToken);
}

/// <summary>The outcome of one extraction: the highest watermark seen, and what went wrong.</summary>
internal sealed record Extraction(string? Watermark, IReadOnlyList<string> Errors, bool Rejects = false)
{
    public static Extraction Failed(string error) => new(null, [error]);
}
