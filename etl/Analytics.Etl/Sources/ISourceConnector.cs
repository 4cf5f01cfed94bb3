namespace Analytics.Etl.Sources;

/// <summary>One kind of subordinate system: extracts what changed and lands it as submissions.</summary>
internal interface ISourceConnector
{
    FetchResult Fetch(string? since, CancellationToken cancellationToken);
}
