namespace Analytics.Warehouse.Formalism;

/// <summary>The named formalism signals (docs/rules.md "Formalism signals"): stable codes for CSV, charts
/// and the web; their Vietnamese words are in the vocabulary (Vocabulary/Glossary.Analysis.cs).</summary>
public static class FormalismSignals
{
    public const string RubberStamp = "rubber_stamp";
    public const string Inflation = "inflation";
    public const string NoDifferentiation = "no_differentiation";
    public const string SameEveryYear = "same_every_year";
    public const string QuotaRiding = "quota_riding";
    public const string Boilerplate = "boilerplate";
    public const string IgnoredFeedback = "ignored_feedback";
    public const string Anomaly = "anomaly";

    /// <summary>Every code, in the order of docs/rules.md (the anomaly of the model last).</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [RubberStamp, Inflation, NoDifferentiation, SameEveryYear, QuotaRiding, Boilerplate, IgnoredFeedback, Anomaly];
}
