namespace Analytics.Warehouse.Trends;

/// <summary>One area and year of the formalism heatmap: mean and highest score of its scored units
/// (score in [0,1], higher = more formalistic), how many units were scored, and the signal that
/// most often leads their explanations.</summary>
public sealed record FormalismCell(
    string AreaCode, string AreaName, int Year, double MeanScore, double MaxScore, int Units, string TopSignal);
