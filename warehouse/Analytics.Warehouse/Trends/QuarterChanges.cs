namespace Analytics.Warehouse.Trends;

/// <summary>What changed in the warehouse between two moments (the previous pack's and this one's),
/// from the timestamps it keeps: findings first found (check_run of finding.first_run), resolved by
/// data (the first later run of the finding's period and rule that no longer found it) or by review
/// (status_at), holding at each moment; batches loaded; and the formalism scores of the latest run
/// at each moment, compared unit by unit when the two runs differ.</summary>
public sealed record QuarterChanges(
    DateTime Since, DateTime Until,
    int FindingsNew, int FindingsResolvedByData, int FindingsResolvedByReview, int FindingsHoldingThen, int FindingsHoldingNow,
    int CheckRuns, int BatchesLoaded, long RowsLoaded,
    FormalismRunInfo? FormalismBefore, FormalismRunInfo? FormalismNow,
    int ScoresCompared, int ScoresUp, int ScoresDown, IReadOnlyList<ScoreMove> LargestMoves)
{
    /// <summary>A score moves when it changes by at least this much.</summary>
    public const double MoveThreshold = 0.05;
}
