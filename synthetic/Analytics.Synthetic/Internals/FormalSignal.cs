namespace Analytics.Synthetic;

/// <summary>The formalism signals of docs/rules.md a unit can be made to show; the name is the truth.json spelling.</summary>
internal enum FormalSignal
{
    None = 0,
    RubberStamp,
    Inflation,
    NoDifferentiation,
    QuotaRiding,
    Boilerplate,
    IgnoredFeedback,
}

internal static class FormalSignalNames
{
    public static string Name(FormalSignal signal) => signal switch
    {
        FormalSignal.RubberStamp => "rubber_stamp",
        FormalSignal.Inflation => "inflation",
        FormalSignal.NoDifferentiation => "no_differentiation",
        FormalSignal.QuotaRiding => "quota_riding",
        FormalSignal.Boilerplate => "boilerplate",
        FormalSignal.IgnoredFeedback => "ignored_feedback",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Not a formalism signal."),
    };
}
