using Analytics.Etl.Loading;

namespace Analytics.Etl.Sources;

/// <summary>What loading a fetch did: one ingest report per submission, the rating periods it
/// touched (so analysis re-runs just those), the watermark now stored, and errors.</summary>
public sealed record PullReport(
    string Source, IReadOnlyList<IngestReport> Submissions, IReadOnlyList<string> TouchedPeriods, string? Watermark,
    IReadOnlyList<string> Errors);
