using System.ComponentModel.DataAnnotations;

namespace Analytics.Warehouse.Formalism;

/// <summary>Settings of the formalism scoring (configuration section "Formalism"). Immutable; change
/// with <c>with</c>. The defaults are the ones the README's figures were measured with. The quota
/// the quota-riding signal measures against is the one <see cref="Checks.ExcellentQuota"/> setting.</summary>
public sealed record FormalismSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Formalism";

    /// <summary>A unit with fewer rated members is reported as too small, not scored. Default 5.</summary>
    [Range(2, 1000, ErrorMessage = "2 to 1000 members are allowed")]
    public int MinRatedMembers { get; init; } = 5;

    /// <summary>Seed of the anomaly model (RandomizedPca): the same data and seed give the same scores. Default 20251231.</summary>
    public int Seed { get; init; } = 20251231;

    /// <summary>How many signals a score names at most, strongest first. Default 3.</summary>
    [Range(1, 8, ErrorMessage = "1 to 8 signals are allowed")]
    public int TopSignals { get; init; } = 3;

    /// <summary>A signal is named only when its weighted strength reaches this. Default 0.20.</summary>
    [Range(0.0, 1.0, ErrorMessage = "a strength between 0 and 1 is allowed")]
    public double MinSignalStrength { get; init; } = 0.20;

    /// <summary>The improbability (−log10 of the chance under the province's own rates) at which a
    /// signal counts half; stronger evidence approaches 1. Default 2 (a 1% chance).</summary>
    [Range(0.1, 100.0, ErrorMessage = "0.1 to 100 is allowed")]
    public double HalfStrengthSurprise { get; init; } = 2.0;

    /// <summary>Two self-criticism texts of one unit whose n-gram vectors have at least this cosine
    /// similarity are near-duplicates. Default 0.90.</summary>
    [Range(0.0, 1.0, ErrorMessage = "a cosine similarity between 0 and 1 is allowed")]
    public double NearDuplicateSimilarity { get; init; } = 0.90;

    /// <summary>Rank of the principal subspace of the anomaly model. Default 3.</summary>
    [Range(1, 20, ErrorMessage = "a rank of 1 to 20 is allowed")]
    public int PcaRank { get; init; } = 3;

    /// <summary>The share of a period's scored units, furthest from the principal subspace, that the
    /// anomaly signal covers (its strength grows from 0 at that edge to 1 at the most distant). Default 0.05.</summary>
    [Range(0.0, 1.0, ErrorMessage = "a share between 0 and 1 is allowed")]
    public double AnomalyShare { get; init; } = 0.05;

    /// <summary>How much each signal weighs in the score.</summary>
    public FormalismWeights Weights { get; init; } = new();
}
