namespace Analytics.Warehouse.Formalism;

/// <summary>What a run of the formalism scoring stored: its id, the model version, and every scored
/// row, highest risk first (too-small units last); how long it took, by phase.</summary>
public sealed record FormalismResult(long RunId, string ModelVersion, IReadOnlyList<string> Periods, IReadOnlyList<FormalismScore> Scores,
    TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> Phases);
