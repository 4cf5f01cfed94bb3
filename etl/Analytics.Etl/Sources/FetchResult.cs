namespace Analytics.Etl.Sources;

/// <summary>What one fetch extracted from a source: submissions landed on disk (nothing loaded yet),
/// the watermark to record once they commit, and the errors that rejected part of the fetch.</summary>
public sealed record FetchResult(string Source, IReadOnlyList<Submission> Submissions, string? Watermark, IReadOnlyList<string> Errors);
