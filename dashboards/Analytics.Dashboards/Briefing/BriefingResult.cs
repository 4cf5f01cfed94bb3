namespace Analytics.Dashboards.Briefing;

/// <summary>What <see cref="BriefingPack.Write"/> wrote: the pack's folder, every file in it (full
/// paths: charts as PNG and SVG, briefing.html, findings.xlsx, briefing.docx, briefing.pdf when
/// LibreOffice made it) and the zip holding them all; the pseudonymised twin beside them; and, when a
/// PDF was asked for but not made, why (<see cref="PdfNote"/>; null otherwise).</summary>
public sealed record BriefingResult(
    string Quarter, string Folder, IReadOnlyList<string> Files, string ZipPath, TimeSpan Elapsed,
    PseudonymisedPack Pseudonymised, string? PdfNote);
