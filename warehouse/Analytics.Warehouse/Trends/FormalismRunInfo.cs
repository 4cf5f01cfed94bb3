namespace Analytics.Warehouse.Trends;

/// <summary>A run of the formalism scoring: its id, when it started, the model that scored.</summary>
public sealed record FormalismRunInfo(long RunId, DateTime StartedAt, string ModelVersion);
