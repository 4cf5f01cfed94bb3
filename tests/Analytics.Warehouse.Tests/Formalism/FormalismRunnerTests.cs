using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Formalism;

/// <summary>The scoring on hand-built units: stored features, too-small units, near-identical texts,
/// the ranking of a rubber-stamp cell, quota riding, determinism and the stored model version.</summary>
public sealed class FormalismRunnerTests
{
    private static readonly string[] Phrases =
    [
        "Chưa mạnh dạn đấu tranh tự phê bình và phê bình",
        "Còn hạn chế trong nghiên cứu, học tập nghị quyết",
        "Đôi lúc chưa chủ động trong công việc", "Tham gia sinh hoạt chi bộ có lúc chưa đầy đủ",
        "Việc phát biểu ý kiến trong sinh hoạt còn ít", "Ứng dụng công nghệ thông tin còn hạn chế",
        "Ý thức tự học tập, tu dưỡng chưa thường xuyên", "Còn ngại va chạm, nể nang trong phê bình",
        "Đóng đảng phí có tháng còn chậm", "Kỹ năng tham mưu, đề xuất còn hạn chế",
        "Tinh thần trách nhiệm có lúc chưa cao", "Tác phong làm việc có lúc còn chậm",
    ];

    /// <summary>Ten members, one or two HTXSNV and one HTNV, six to eight of ten self-ratings equal to
    /// the final, every text different: what most cells look like (no two alike).</summary>
    private static (byte, byte, string?)[] Healthy(int shift) =>
    [
        (4, 4, Phrases[shift % 12]), (3, 3, Phrases[(shift + 1) % 12]), (3, (byte)(shift % 2 == 0 ? 3 : 4), Phrases[(shift + 2) % 12]),
        (3, 4, Phrases[(shift + 3) % 12]), (3, 3, Phrases[(shift + 4) % 12]),
        (3, (byte)(shift % 3 == 0 ? 2 : 3), Phrases[(shift + 5) % 12]),
        (2, 3, Phrases[(shift + 6) % 12]), (3, 2, Phrases[(shift + 7) % 12]),
        ((byte)(shift % 4 == 0 ? 4 : 3), 3, Phrases[(shift + 8) % 12]),
        (3, 3, shift % 5 == 0 ? null : Phrases[(shift + 9) % 12]),
    ];

    private static FormalismFixture HealthyProvince(int cells = 6, short year = 2024)
    {
        var f = new FormalismFixture();
        for (var c = 1; c <= cells; c++) f.Unit($"CB{c}").Cell($"CB{c}", year, Healthy(c));
        return f;
    }

    [Fact]
    public void A_cells_features_are_stored_with_their_exact_values()
    {
        using var f = new FormalismFixture();
        f.Unit("CB1").Cell("CB1", 2024,
            (3, 3, "Chưa mạnh dạn đấu tranh phê bình"), (3, 4, "Chưa mạnh dạn đấu tranh  phê bình."),
            (4, 4, "Không có"), (2, 3, null), (3, 3, "Ứng dụng công nghệ thông tin còn hạn chế"),
            (3, 2, "Tham gia sinh hoạt chi bộ có lúc chưa đầy đủ"))
            .Residence("CB1-1", Sentiment.Negative).Residence("CB1-4", Sentiment.Negative).Residence("CB1-5", Sentiment.Positive);
        var run = f.Score();
        var cell = f.Features(run.RunId, "CB1");
        Assert.Equal(6, cell["rated"]);
        Assert.Equal(0.5, cell["self_equal_share"]);
        Assert.Equal(2.0 / 6, cell["self_above_share"]!.Value, 12);
        Assert.Equal(1.0 / 6, cell["inflation_mean"]!.Value, 12);
        Assert.Equal(0.23973165, cell["inflation_d"]!.Value, 8);
        Assert.Equal(Math.Log2(6) / 3 + 2.0 / 3 * Math.Log2(1.5), cell["level_entropy"]!.Value, 12);
        Assert.Equal(0.68, cell["rwg"]!.Value, 12);
        Assert.Equal(1.0 / 6, cell["comment_empty_share"]!.Value, 12);    // nothing written
        Assert.Equal(1.0 / 6, cell["comment_nothing_share"]!.Value, 12);  // "Không có"
        Assert.Equal(2.0 / 6, cell["comment_copied_share"]!.Value, 12);   // the same line, bar a space and a dot
        Assert.Equal(0.2, cell["negative_good_share"]!.Value, 12);        // 1 of 5 HTTNV or better
        Assert.Equal(0.5, cell["negative_ignored_share"]!.Value, 12);     // 1 of 2 negative comments
        Assert.Null(cell["same_as_before"]);                              // no 2023
        Assert.Null(cell["excellent_ratio"]);                             // the quota is the organisation's
        var organisation = f.Features(run.RunId, "DU");
        Assert.Equal(0.25, organisation["excellent_ratio"]);              // 1 HTXSNV, 4 HTTNV
        Assert.Equal(0, organisation["quota_at_ceiling"]);
        Assert.Equal(FormalismFeatures.Names.Length, cell.Count);
    }

    [Fact]
    public void A_unit_with_fewer_rated_members_than_the_minimum_is_reported_too_small()
    {
        using var f = HealthyProvince(2);
        f.Unit("CB9").Cell("CB9", 2024, (3, 3, "a"), (3, 3, "b"), (3, 3, "c"), (4, 4, "d"));
        var run = f.Score();
        var small = Assert.Single(run.Scores, s => s.UnitCode == "CB9");
        Assert.Equal(("2024", (double?)null, (int?)null, true), (small.Period, small.Score, small.Rank, small.TooSmall));
        Assert.Empty(small.Signals);
        Assert.Equal(small, run.Scores[^1]);                              // too small: listed last
        Assert.Equal(4, f.Features(run.RunId, "CB9")["rated"]);
        Assert.True(f.Store.Scalar(
            "SELECT count(*) FROM formalism_score WHERE unit_code = 'CB9' AND too_small AND score IS NULL AND rank IS NULL") == 1);
        Assert.False(Assert.Single(run.Scores, s => s.UnitCode == "CB1").TooSmall);
        Assert.False(new FormalismRunner(f.Store, new FormalismSettings { MinRatedMembers = 4 }).Run(["2024"])
            .Scores.Single(s => s.UnitCode == "CB9").TooSmall);
    }

    [Fact]
    public void Near_identical_texts_in_a_unit_count_as_one_copied_line()
    {
        using var f = HealthyProvince(2);
        f.Unit("CB7").Cell("CB7", 2024,
            (3, 3, "Chưa thường xuyên cập nhật văn bản mới"), (3, 3, "Chưa thường xuyên cập nhật văn bản mơi"),
            (3, 3, "chưa thường xuyên cập nhập văn bản mới"), (3, 3, Phrases[0]), (3, 3, Phrases[1]), (4, 4, Phrases[2]));
        var run = f.Score();
        Assert.Equal(0.5, f.Features(run.RunId, "CB7")["comment_copied_share"]);
        Assert.Equal(0, f.Features(run.RunId, "CB1")["comment_copied_share"]);
    }

    [Fact]
    public void A_rubber_stamp_cell_ranks_above_every_healthy_cell()
    {
        using var f = HealthyProvince();
        f.Unit("RS").Cell("RS", 2024, [.. Enumerable.Range(0, 12).Select(i =>
            ((byte)(i == 0 ? 4 : i == 11 ? 2 : 3), (byte)(i == 0 ? 4 : i == 11 ? 2 : 3), (string?)Phrases[i]))]);
        var run = f.Score();
        var top = run.Scores[0];
        Assert.Equal(("RS", 1), (top.UnitCode, top.Rank));
        Assert.Equal(FormalismSignals.RubberStamp, top.Signals[0]);
        Assert.All(run.Scores.Where(s => s.UnitCode.StartsWith("CB", StringComparison.Ordinal)), s => Assert.True(s.Score < top.Score / 2));
        Assert.InRange(top.Score!.Value, 0, 1);
    }

    [Fact]
    public void An_organisation_exactly_at_the_quota_every_year_is_riding_it()
    {
        using var f = new FormalismFixture();
        f.Unit("DU2", "grassroots_party_org", "TU");
        foreach (short year in new short[] { 2022, 2023, 2024 })
        {
            // DU: 2 HTXSNV against 10 HTTNV every year; DU2: 1 against 10.
            f.Unit($"A{year}").Cell($"A{year}", year,
                [.. Enumerable.Range(0, 12).Select(i => ((byte)(i < 2 ? 4 : 3), (byte)3, (string?)Phrases[i]))]);
            f.Unit($"B{year}", parent: "DU2").Cell($"B{year}", year,
                [.. Enumerable.Range(0, 11).Select(i => ((byte)(i < 1 ? 4 : 3), (byte)3, (string?)Phrases[i]))]);
        }
        var run = f.Score(null, "2022", "2023", "2024");
        var du = Assert.Single(run.Scores, s => s.UnitCode == "DU" && s.Period == "2024");
        Assert.Equal(FormalismSignals.QuotaRiding, du.Signals[0]);
        Assert.Equal(1, f.Features(run.RunId, "DU")["quota_ceiling_share"]);
        Assert.DoesNotContain(FormalismSignals.QuotaRiding,
            Assert.Single(run.Scores, s => s.UnitCode == "DU2" && s.Period == "2024").Signals);
        Assert.True(du.Score > run.Scores.Single(s => s.UnitCode == "DU2" && s.Period == "2024").Score);
    }

    [Fact]
    public void The_same_data_give_the_same_scores_and_the_model_version_is_stored()
    {
        using var f = HealthyProvince(24);
        f.Unit("RS").Cell("RS", 2024, [.. Enumerable.Range(0, 12).Select(i => ((byte)3, (byte)3, (string?)"Không có"))]);
        var first = f.Score();
        var second = f.Score();
        Assert.Equal((1L, 2L), (first.RunId, second.RunId));
        Assert.Equal(first.Scores.Select(s => (s.Period, s.UnitCode, s.Score, s.Rank, string.Join(';', s.Signals))),
            second.Scores.Select(s => (s.Period, s.UnitCode, s.Score, s.Rank, string.Join(';', s.Signals))));
        Assert.Contains(first.Scores, s => s.Signals.Contains(FormalismSignals.Anomaly));  // 25 cells: the model ran
        Assert.Equal("pca-v1+signals-v1;seed=20251231", first.ModelVersion);
        Assert.Equal(1, f.Store.Scalar("SELECT count(*) FROM formalism_run WHERE run_id = 2 "
            + "AND model_version = 'pca-v1+signals-v1;seed=20251231' AND periods = ['2024'] AND finished_at IS NOT NULL"));
        Assert.Equal(f.Store.Scalar("SELECT count(*) FROM formalism_score WHERE run_id = 2"),
            f.Store.Scalar("SELECT count(*) FROM formalism_score WHERE run_id = 2 AND model_version = 'pca-v1+signals-v1;seed=20251231'"));
        Assert.Equal("pca-v1+signals-v1;seed=7", new FormalismRunner(f.Store, new FormalismSettings { Seed = 7 }).ModelVersion);
    }

    [Fact]
    public void A_period_that_is_not_one_is_refused()
    {
        using var f = HealthyProvince(1);
        Assert.Throws<ArgumentException>(() => f.Score(null, "2024-Q5"));
        Assert.Throws<ArgumentException>(() => new FormalismRunner(f.Store, new FormalismSettings()).Run([]));
    }
}
