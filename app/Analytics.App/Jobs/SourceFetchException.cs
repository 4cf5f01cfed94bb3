namespace Analytics.App.Jobs;

/// <summary>A fetch that brought nothing but errors: thrown so that Hangfire retries it with backoff.</summary>
internal sealed class SourceFetchException(string message) : Exception(message);
