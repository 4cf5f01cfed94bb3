namespace Analytics.Warehouse.Formalism;

/// <summary>What a run of the formalism scoring stored: its id, the model version, and every scored
/// row, highest risk first (too-small units last).</summary>
public sealed record FormalismResult(long RunId, string ModelVersion, IReadOnlyList<string> Periods, IReadOnlyList<FormalismScore> Scores, TimeSpan Elapsed);
