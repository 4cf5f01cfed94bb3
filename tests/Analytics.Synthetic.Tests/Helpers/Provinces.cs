using Analytics.Synthetic;

namespace Analytics.Synthetic.Tests.Helpers;

/// <summary>The provinces the tests share, generated once per test run (each takes well under a second):
/// a clean canonical one, a planted canonical one, and the planted messy twin of the latter.</summary>
public sealed class Provinces : IDisposable
{
    private readonly TempFolder _root = new("analytics-provinces-");
    private readonly Lazy<Generated> _clean;
    private readonly Lazy<Generated> _planted;
    private readonly Lazy<Generated> _messy;

    public Provinces()
    {
        _clean = new(() => Generate("clean", new ProvinceOptions { Members = 10_000, Seed = 7, Plant = false, Messy = false }));
        _planted = new(() => Generate("planted", PlantedOptions));
        _messy = new(() => Generate("messy", PlantedOptions with { Messy = true }));
    }

    public static ProvinceOptions PlantedOptions { get; } = new() { Members = 8_000, Seed = 20251231, Plant = true, Messy = false };

    internal Generated Clean => _clean.Value;
    internal Generated Planted => _planted.Value;
    internal Generated Messy => _messy.Value;

    private Generated Generate(string name, ProvinceOptions options)
    {
        string folder = _root.Sub(name);
        var summary = ProvinceGenerator.Write(folder, options);
        return new Generated(folder, summary, ProvinceTruth.Read(Path.Combine(folder, ProvinceGenerator.TruthFile)),
            options.Messy ? null : ProvinceData.Read(folder));
    }

    public void Dispose() => _root.Dispose();
}

/// <summary>A generated province: where, what the generator said, its truth, and (canonical only) its data.</summary>
internal sealed record Generated(string Folder, ProvinceSummary Summary, ProvinceTruth Truth, ProvinceData? Data)
{
    public HashSet<Finding> Planted => [.. Truth.Violations.Select(v => new Finding(v.Rule, v.Period, v.SubjectId))];

    public HashSet<Finding> Computed => new RuleBook(Data!, [.. Truth.ExpectedUnits.Select(e => (e.Period, e.UnitCode))]).All();
}
