namespace Analytics.Dashboards.Charts;

/// <summary>One chart of the book: its stable id (used in URLs and the briefing), the file name
/// (without extension) it is written under, and its Vietnamese title.</summary>
public sealed record ChartSpec(string Id, string FileName, string TitleVi);
