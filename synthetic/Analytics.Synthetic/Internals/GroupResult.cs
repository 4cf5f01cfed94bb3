namespace Analytics.Synthetic;

/// <summary>What one group (or the province's own folder) wrote, and the truth it planted.</summary>
internal sealed class GroupResult
{
    public List<TruthViolation> Violations { get; } = [];
    public List<TruthFormalism> Formalism { get; } = [];
    public List<TruthBadRow> BadRows { get; } = [];
    public long Rows { get; set; }
    public int Submissions { get; set; }
    public int Units { get; set; }
}
