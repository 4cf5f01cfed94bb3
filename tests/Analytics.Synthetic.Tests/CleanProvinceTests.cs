using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>Plant = false: a province that obeys every rule R01–R11, by the tests' own computation,
/// with nothing planted in its truth.</summary>
[Collection(ProvinceCollection.Name)]
public sealed class CleanProvinceTests(Provinces provinces)
{
    [Fact]
    public void A_clean_province_obeys_every_rule()
    {
        var clean = provinces.Clean;
        Assert.Empty(clean.Computed.Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_clean_province_plants_nothing()
    {
        var truth = provinces.Clean.Truth;
        Assert.False(truth.Planted);
        Assert.Empty(truth.Violations);
        Assert.Empty(truth.Formalism);
        Assert.Empty(truth.BadRows);
        Assert.Equal(
            (0, 0, 0),
            (provinces.Clean.Summary.PlantedViolations, provinces.Clean.Summary.PlantedFormalism, provinces.Clean.Summary.BadRows));
    }
}
