namespace Analytics.Warehouse.Trends;

/// <summary>The formalism heatmap's data: the latest run (null when the scoring never ran) and one
/// cell per area and year, each year taken from the latest run that scored it.</summary>
public sealed record FormalismGrid(FormalismRunInfo? LatestRun, IReadOnlyList<FormalismCell> Cells);
