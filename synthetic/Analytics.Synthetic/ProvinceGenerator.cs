using System.Diagnostics;
using System.Globalization;

namespace Analytics.Synthetic;

/// <summary>Writes a synthetic province in interchange format v1 (what `analytics generate` runs): one
/// CSV folder per commune or agency, the province's own <c>tinh/</c>, and <c>truth.json</c> listing the
/// planted violations of R01–R11, the formalistic units, the bad rows and the units expected to report.
/// Deterministic: the same options give byte-identical files. Streaming: each group of submissions is
/// generated and written on its own, several at a time, holding only its own people in memory.</summary>
public static class ProvinceGenerator
{
    public const string TruthFile = "truth.json";

    public static ProvinceSummary Write(string outDir, ProvinceOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var clock = Stopwatch.StartNew();
        PrepareFolder(outDir);

        var layout = ProvinceLayout.Build(options);
        var plan = ProvincePlan.Build(layout);
        var results = new GroupResult[layout.Groups.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            g => results[g] = GroupGenerator.Run(plan, g, outDir));
        var seat = ProvinceSeat.Write(plan, outDir);

        GroupResult[] all = [.. results, seat];
        var truth = new ProvinceTruth(options.Seed, options.Members, options.FirstYear, options.LastYear, options.Plant,
            [.. all.SelectMany(r => r.Violations).OrderBy(v => v.Rule, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal)
                .ThenBy(v => v.SubjectId, StringComparer.Ordinal)],
            [.. all.SelectMany(r => r.Formalism).OrderBy(f => f.Period, StringComparer.Ordinal)
                .ThenBy(f => f.UnitCode, StringComparer.Ordinal)],
            [.. all.SelectMany(r => r.BadRows).OrderBy(b => b.Submission, StringComparer.Ordinal)
                .ThenBy(b => b.File, StringComparer.Ordinal)
                .ThenBy(b => b.Line)],
            ExpectedUnits(plan));
        truth.Write(Path.Combine(outDir, TruthFile));
        return new ProvinceSummary(Path.GetFullPath(outDir), all.Sum(r => r.Submissions), all.Sum(r => r.Rows), options.Members,
            all.Sum(r => r.Units), truth.Violations.Count, truth.Formalism.Count, truth.BadRows.Count, clock.Elapsed);
    }

    /// <summary>Every grassroots party organisation rating in a period is expected to report for it (R11).</summary>
    private static List<TruthExpectedUnit> ExpectedUnits(ProvincePlan plan) =>
        [.. plan.Layout.Years.SelectMany(year => plan.Layout.Blocs.Where(b => b.Rates(year))
                .Select(b => new TruthExpectedUnit(year.ToString(CultureInfo.InvariantCulture), b.OrgCode)))
            .OrderBy(e => e.Period, StringComparer.Ordinal).ThenBy(e => e.UnitCode, StringComparer.Ordinal)];

    private static void Validate(ProvinceOptions options)
    {
        if (options.Members < 500)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.Members, "A province needs at least 500 party members (Members).");
        }

        if (options.FirstYear < 2010 || options.LastYear > 2030 || options.FirstYear > options.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{options.FirstYear}-{options.LastYear}",
                "Rating years must run forwards within 2010-2030 (FirstYear <= LastYear).");
        }
    }

    /// <summary>Writes into an empty (or new) folder; a folder holding an earlier generated province (its
    /// truth.json) is cleared of that province first. Anything else is refused rather than mixed in.</summary>
    private static void PrepareFolder(string outDir)
    {
        if (!Directory.Exists(outDir))
        {
            Directory.CreateDirectory(outDir);
            return;
        }

        if (!Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            return;
        }

        if (!File.Exists(Path.Combine(outDir, TruthFile)))
        {
            throw new IOException($"{Path.GetFullPath(outDir)} is not empty and holds no generated province ({TruthFile}); " +
                "choose an empty folder.");
        }

        foreach (string folder in Directory.EnumerateDirectories(outDir))
        {
            if (Directory.EnumerateFiles(folder).All(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                && !Directory.EnumerateDirectories(folder).Any())
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        File.Delete(Path.Combine(outDir, TruthFile));
    }
}
