namespace Analytics.Warehouse.Formalism;

/// <summary>What a run of the formalism scoring stored: its id, the model version, and every scored
/// row, highest risk first (too-small units last); how long it took by phase, on the clock and in
/// processor time of the whole process (DuckDB works on several threads).</summary>
public sealed record FormalismResult(long RunId, string ModelVersion, IReadOnlyList<string> Periods, IReadOnlyList<FormalismScore> Scores,
    TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> Phases, IReadOnlyDictionary<string, TimeSpan> ProcessorTime);
