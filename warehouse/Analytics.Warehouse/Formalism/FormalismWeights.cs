namespace Analytics.Warehouse.Formalism;

/// <summary>Weights of the signals in the combined score (each multiplies the signal's strength in
/// [0,1] before the strengths are combined as independent pieces of evidence). 0 turns a signal off.</summary>
public sealed record FormalismWeights
{
    public double RubberStamp { get; init; } = 1.0;
    public double Inflation { get; init; } = 1.0;
    public double NoDifferentiation { get; init; } = 1.0;
    public double SameEveryYear { get; init; } = 0.5;
    public double QuotaRiding { get; init; } = 1.0;
    public double Boilerplate { get; init; } = 1.0;
    public double IgnoredFeedback { get; init; } = 1.0;
    public double Anomaly { get; init; } = 0.25;

    /// <summary>The weight of a signal code (FormalismSignals.Codes).</summary>
    public double Of(string code) => code switch
    {
        FormalismSignals.RubberStamp => RubberStamp,
        FormalismSignals.Inflation => Inflation,
        FormalismSignals.NoDifferentiation => NoDifferentiation,
        FormalismSignals.SameEveryYear => SameEveryYear,
        FormalismSignals.QuotaRiding => QuotaRiding,
        FormalismSignals.Boilerplate => Boilerplate,
        FormalismSignals.IgnoredFeedback => IgnoredFeedback,
        FormalismSignals.Anomaly => Anomaly,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a formalism signal code"),
    };
}
