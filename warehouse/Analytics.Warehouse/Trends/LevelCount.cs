namespace Analytics.Warehouse.Trends;

/// <summary>How many final ratings of a year sit on a level (4 HTXSNV … 1 KHTNV; null = not rated).</summary>
public sealed record LevelCount(int Year, int? Level, long Count);
