namespace Analytics.Synthetic;

/// <summary>What <see cref="ProvinceGenerator.Write"/> wrote: submission folders (the province's own
/// <c>tinh/</c> included), data rows over all files (headers excluded), party members, distinct unit codes,
/// and the planted truth (violations, formalistic unit-periods, bad rows) as listed in truth.json.</summary>
public sealed record ProvinceSummary(
    string OutDir,
    int Submissions,
    long Rows,
    int Members,
    int Units,
    int PlantedViolations,
    int PlantedFormalism,
    int BadRows,
    TimeSpan Elapsed);
