namespace Analytics.Warehouse.Store;

/// <summary>Current row counts per record kind (what `analytics stats --json` prints). Units counts
/// distinct unit codes; ratings, positions, summaries and residence count the rows in force.</summary>
public sealed record RecordCounts(long Units, long People, long Positions, long Ratings, long Summaries, long Residence);
