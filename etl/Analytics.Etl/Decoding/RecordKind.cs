namespace Analytics.Etl.Decoding;

/// <summary>The record kinds of interchange format v1 (docs/interchange.md), in load order:
/// units first so that any later row may reference a unit delivered in the same submission.</summary>
public enum RecordKind
{
    Units,
    People,
    Positions,
    Ratings,
    Summaries,
    Residence,
}
