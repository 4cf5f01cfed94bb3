using Analytics.Warehouse.Formalism;

namespace Analytics.Warehouse.Tests.Formalism;

/// <summary>The signal codes others build on and their weights (their words: Vocabulary/GlossaryTests).</summary>
public sealed class FormalismSignalsTests
{
    [Fact]
    public void The_codes_are_exactly_the_agreed_ones()
    {
        Assert.Equal(["rubber_stamp", "inflation", "no_differentiation", "same_every_year", "quota_riding", "boilerplate",
            "ignored_feedback", "anomaly"],
            FormalismSignals.Codes);
    }

    [Fact]
    public void Every_code_has_its_weight()
    {
        Assert.All(FormalismSignals.Codes,
            c => Assert.Equal(c == "same_every_year" ? 0.5 : c == "anomaly" ? 0.25 : 1.0, new FormalismWeights().Of(c)));
    }
}
