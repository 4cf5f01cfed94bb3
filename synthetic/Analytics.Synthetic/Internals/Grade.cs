namespace Analytics.Synthetic;

/// <summary>A rating outcome as the generator reasons about it: the four levels with the ordinal the
/// warehouse stores (4 HTXSNV … 1 KHTNV), and "not rated"
/// (a status, not a level) as zero so that comparisons between levels stay plain integer comparisons.</summary>
internal enum Grade : byte
{
    NotRated = 0,
    NotCompleted = 1,
    Completed = 2,
    Good = 3,
    Excellent = 4,
}
