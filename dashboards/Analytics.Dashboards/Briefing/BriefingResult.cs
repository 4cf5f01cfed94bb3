namespace Analytics.Dashboards.Briefing;

/// <summary>What <see cref="BriefingPack.Write"/> wrote: the pack's folder, every file in it (full
/// paths: charts as PNG and SVG, briefing.html, findings.xlsx) and the zip holding them all.</summary>
public sealed record BriefingResult(string Quarter, string Folder, IReadOnlyList<string> Files, string ZipPath, TimeSpan Elapsed);
