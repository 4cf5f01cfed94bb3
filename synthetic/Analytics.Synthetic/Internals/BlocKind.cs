namespace Analytics.Synthetic;

/// <summary>What a submission folder (a bloc) delivers for: a commune as it was before 1 July 2025 (or
/// one that was never merged), the commune born of a 2025 merger, or a provincial agency with its
/// grassroots party organisation.</summary>
internal enum BlocKind
{
    Commune,
    MergedCommune,
    Agency,
}
