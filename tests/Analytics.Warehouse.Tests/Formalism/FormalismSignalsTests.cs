using Analytics.Warehouse.Formalism;

namespace Analytics.Warehouse.Tests.Formalism;

/// <summary>The signal codes others build on, and their Vietnamese words; the features' labels.</summary>
public sealed class FormalismSignalsTests
{
    [Fact]
    public void The_codes_are_exactly_the_agreed_ones()
    {
        Assert.Equal(["rubber_stamp", "inflation", "no_differentiation", "same_every_year", "quota_riding", "boilerplate", "ignored_feedback", "anomaly"],
            FormalismSignals.Codes);
    }

    [Fact]
    public void Every_code_reads_in_plain_vietnamese_and_an_unknown_one_is_refused()
    {
        Assert.Equal("đánh giá cuối trùng tự đánh giá ở gần như mọi đảng viên", FormalismSignals.Vietnamese("rubber_stamp"));
        Assert.Equal(8, FormalismSignals.Codes.Select(FormalismSignals.Vietnamese).Distinct().Count());
        Assert.All(FormalismSignals.Codes, c => Assert.Matches("[ạ-ỹđ]", FormalismSignals.Vietnamese(c)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormalismSignals.Vietnamese("formalism"));
        Assert.All(FormalismSignals.Codes, c => Assert.Equal(c == "same_every_year" ? 0.5 : c == "anomaly" ? 0.25 : 1.0, new FormalismWeights().Of(c)));
    }

    [Fact]
    public void Every_stored_feature_has_its_own_vietnamese_label()
    {
        Assert.Equal(18, FormalismFeatures.Names.Length);
        Assert.Equal(18, FormalismFeatures.Names.Select(FormalismFeatures.Vietnamese).Distinct().Count());
        Assert.All(FormalismFeatures.Names, n => Assert.NotEqual(n, FormalismFeatures.Vietnamese(n)));
        Assert.Equal("Tỷ lệ tự xếp loại trùng kết quả cuối", FormalismFeatures.Vietnamese("self_equal_share"));
    }
}
