namespace Analytics.Dashboards.Briefing;

/// <summary>The pack's twin for viewers without the personal-data right, in the stable sub-folder
/// <see cref="BriefingPack.PseudonymisedFolder"/>: the same files with every person a finding names
/// shown by pseudonym, and its own zip (<c>briefing-QUARTER-pseudonymised.zip</c>).</summary>
public sealed record PseudonymisedPack(string Folder, IReadOnlyList<string> Files, string ZipPath);
