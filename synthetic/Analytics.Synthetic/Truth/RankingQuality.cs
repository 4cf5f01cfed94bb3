namespace Analytics.Synthetic;

/// <summary>How the formalism ranking fares: precision@k with k = the planted units, and the AUC
/// of planted units' scores against the rest.</summary>
public sealed record RankingQuality(int Planted, int Scored, double PrecisionAtK, double Auc);
