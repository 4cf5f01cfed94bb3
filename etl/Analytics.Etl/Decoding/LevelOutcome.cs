namespace Analytics.Etl.Decoding;

/// <summary>What a level cell turned out to hold (see <see cref="LevelParser"/>).</summary>
public enum LevelOutcome
{
    /// <summary>One of the four levels, in any known spelling (current or legacy).</summary>
    Level,
    /// <summary>"not_rated", "không xếp loại", "KXL"…: a status (suspended or newly admitted members), not a fifth level.</summary>
    NotRated,
    /// <summary>Nothing in the cell (blank, whitespace, or only punctuation such as "-").</summary>
    Empty,
    /// <summary>A range such as "HTTNV trở lên": fine in a summary's prose, never a rating.</summary>
    Range,
    /// <summary>Text that is none of the above; the reading may carry a suggestion.</summary>
    Unknown,
}
