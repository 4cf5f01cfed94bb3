using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Tests;

/// <summary>The chart cookbook: every chart of the book rendered from the small province to a PNG
/// (kept under the test output's cookbook/ folder to look at) and an SVG, at slide size, with its
/// Vietnamese title, series and labels present.</summary>
public sealed class ChartCookbookTests(ScoredProvince province) : IClassFixture<ScoredProvince>
{
    private static readonly ChartContext Context = new("2024-Q4", AsOf: new DateTime(2025, 1, 31, 12, 0, 0));

    public static TheoryData<string> Ids => [.. ChartBook.All.Concat(ChartBook.UnitCharts).Select(c => c.Id)];

    private static TrendFilter FilterFor(string id) => id switch
    {
        "unit-levels" => new TrendFilter(UnitCode: "A1-DU"),
        "unit-self-final" => new TrendFilter(UnitCode: "A2-CB1"),
        _ => TrendFilter.None,
    };

    private (byte[] Png, List<string> Texts) Draw(string id, TrendFilter? filter = null, ChartContext? context = null)
    {
        using var plot = ChartBook.Render(id, province.Store, filter ?? FilterFor(id), context ?? Context);
        var png = ChartBook.Png(plot);
        var svg = ChartBook.Svg(plot);
        var folder = Path.Combine(AppContext.BaseDirectory, "cookbook");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, id + ".png"), png);
        Assert.Equal(("1200", "675"), Pictures.SvgSize(svg));
        return (png, Pictures.SvgTexts(svg));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_chart_renders_at_slide_size_with_its_Vietnamese_title(string id)
    {
        var (png, texts) = Draw(id);
        Assert.Equal((1200, 675), Pictures.PngSize(png));
        Assert.InRange(png.Length, 15_000, 200_000);
        var spec = ChartBook.All.Concat(ChartBook.UnitCharts).Single(c => c.Id == id);
        var title = id switch
        {
            "completeness" => "Mức đầy đủ và độ mới của dữ liệu theo nguồn – quý 4/2024",
            "unit-levels" => "Xếp loại đảng viên của Đảng bộ xã Tân Phú theo năm",
            "unit-self-final" => "Tự xếp loại và xếp loại cuối cùng của Chi bộ thôn Bắc theo năm",
            _ => spec.TitleVi,
        };
        Assert.Contains(title, texts);
    }

    [Fact]
    public void Png_of_a_chosen_size_has_that_size()
    {
        using var plot = ChartBook.Render("levels-members", province.Store, TrendFilter.None, Context);
        Assert.Equal((800, 450), Pictures.PngSize(ChartBook.Png(plot, 800, 450)));
        Assert.Equal(("800", "450"), Pictures.SvgSize(ChartBook.Svg(plot, 800, 450)));
    }

    [Fact]
    public void Levels_of_members_show_each_years_shares_count_and_the_not_rated()
    {
        var (_, texts) = Draw("levels-members");
        // 2024: 12 HTXSNV, 36 HTTNV, 5 HTNV, 1 KHTNV of 54 rated (KHTNV 1.9%: too thin to label); 2023: 5/44/5 of 54.
        foreach (var label in new[] { "n = 54", "22,2%", "66,7%", "9,3%", "81,5%", "2023", "2024" }) Assert.Contains(label, texts);
        Assert.DoesNotContain("1,9%", texts);
        Assert.Contains("Năm đánh giá (không tính 1 lượt không xếp loại)", texts);
        foreach (var legend in new[]
        {
            "HTXSNV – Hoàn thành xuất sắc nhiệm vụ", "HTTNV – Hoàn thành tốt nhiệm vụ",
            "HTNV – Hoàn thành nhiệm vụ", "KHTNV – Không hoàn thành nhiệm vụ",
        })
            Assert.Contains(legend, texts);
    }

    [Fact]
    public void Levels_of_organisations_count_units_rated_as_organisations()
    {
        var (_, texts) = Draw("levels-organisations");
        // 2023: five units HTTNV; 2024: A1-DU and A1-CB2 HTXSNV, A1-CB1 HTTNV, A2-CB1 HTNV.
        foreach (var label in new[] { "n = 5", "100,0%", "n = 4", "50,0%", "25,0%" }) Assert.Contains(label, texts);
        Assert.Contains("Tỷ lệ tổ chức đảng theo mức xếp loại", texts);
    }

    [Fact]
    public void Quota_chart_marks_the_area_above_the_line_and_draws_the_province()
    {
        var (_, texts) = Draw("excellent-quota");
        // A2 2024: 8 HTXSNV / 14 HTTNV = 57.1% > 20%; province 2023 5/44 = 11.4%, 2024 12/36 = 33.3%.
        foreach (var label in new[]
        {
            "0/2 địa bàn vượt", "1/2 địa bàn vượt", "57,1% xã Hòa Bình", "11,4%", "33,3%",
            "Mức trần: HTXSNV ≤ 20% số HTTNV", "Địa bàn vượt mức trần",
        })
            Assert.Contains(label, texts);
        Assert.DoesNotContain(texts, t => t.Contains("xã Tân Phú", StringComparison.Ordinal));
    }

    [Fact]
    public void Quota_line_follows_the_configured_quota()
    {
        var (_, texts) = Draw("excellent-quota", context: Context with { ExcellentQuota = 0.15 });
        Assert.Contains("Mức trần: HTXSNV ≤ 15% số HTTNV", texts);
        Assert.Contains("2/2 địa bàn vượt", texts);       // A1 2024: 4/22 = 18.2% is now above too
        Assert.Contains("0/2 địa bàn vượt", texts);       // 2023: 12.5% and 10.0%
    }

    [Fact]
    public void Inflation_chart_names_the_areas_whose_members_rate_themselves_up()
    {
        var (_, texts) = Draw("inflation");
        // 2024: A2 12 of 24 above (50.0%), A1 3 of 30 (10.0%); province 2023 6/54 = 11.1%, 2024 15/54 = 27.8%.
        foreach (var label in new[]
        {
            "50,0% xã Hòa Bình", "10,0% xã Tân Phú", "11,1%", "27,8%", "Tỷ lệ tự xếp loại cao hơn kết quả",
        })
            Assert.Contains(label, texts);
    }

    [Fact]
    public void Formalism_heatmap_writes_each_areas_mean_score_highest_first()
    {
        var (_, texts) = Draw("formalism-heatmap");
        foreach (var label in new[] { "0,20", "0,30", "0,55", "0,90", "xã Hòa Bình (A2)", "xã Tân Phú (A1)", "0,8–1,0" })
            Assert.Contains(label, texts);
        Assert.Contains(texts, t => t.Contains("lượt chấm 7 (10/01/2025, mô hình test-1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_chart_stacks_the_rules_of_each_area()
    {
        var (_, texts) = Draw("findings-by-rule");
        Assert.Contains("R01 Vượt tỷ lệ \"Hoàn thành xuất sắc n…", texts);
        Assert.Contains(texts, t => t.StartsWith("R04 Tổ chức đảng", StringComparison.Ordinal));
        Assert.Contains("xã Hòa Bình (A2)", texts);
        Assert.Contains("xã Tân Phú (A1)", texts);
        Assert.Contains(texts, t => t.EndsWith("toàn phạm vi: 2 phát hiện", StringComparison.Ordinal));
    }

    [Fact]
    public void Completeness_expects_last_years_units_unless_configured()
    {
        var (_, texts) = Draw("completeness");
        // file-drop delivered A2-CB1 but not A2-DU for 2024; so-noi-vu all three of A1.
        foreach (var label in new[]
        {
            "50,0%", "100,0%", "1/2 đơn vị dự kiến (đã nộp năm 2023)", "3/3 đơn vị dự kiến (đã nộp năm 2023)",
            "file-drop", "so-noi-vu",
        })
            Assert.Contains(label, texts);

        var configured = new Dictionary<string, Analytics.Warehouse.Trends.SourceExpectation>
        {
            ["file-drop"] = new(["A2-CB1", "A2-DU", "A3-DU"], TimeSpan.FromDays(30)),
        };
        var (_, withConfig) = Draw("completeness", context: Context with { Expectations = configured });
        Assert.Contains("1/3 đơn vị dự kiến (theo cấu hình)", withConfig);
        Assert.Contains("33,3%", withConfig);
        Assert.Contains(withConfig, t => t.Contains(", giới hạn 30 ngày)", StringComparison.Ordinal));

        // A source expected to deliver for no unit has nothing to be complete against: no bar, no 100%.
        var none = new Dictionary<string, Analytics.Warehouse.Trends.SourceExpectation> { ["so-noi-vu"] = new([], null) };
        var (_, withNone) = Draw("completeness", context: Context with { Expectations = none });
        Assert.Contains("0/0 đơn vị dự kiến (theo cấu hình), thêm 3 ngoài dự kiến", withNone);
        Assert.Contains("không cấu hình đơn vị dự kiến: không đo được mức đầy đủ", withNone);
        Assert.DoesNotContain("100,0%", withNone);
        Assert.Contains("50,0%", withNone);
    }

    [Fact]
    public void Unit_charts_show_one_units_members()
    {
        var (_, levels) = Draw("unit-levels");
        // A1-DU's cells in 2024: 4/22/3/1 of 30.
        foreach (var label in new[] { "n = 30", "13,3%", "73,3%", "10,0%" }) Assert.Contains(label, levels);
        var (_, selfFinal) = Draw("unit-self-final");
        Assert.Contains("50,0%", selfFinal);
        Assert.Contains("n = 24", selfFinal);
        Assert.Contains("lệch +0,50", selfFinal);
        Assert.Contains("Tự xếp loại cao hơn kết quả", selfFinal);
    }

    [Fact]
    public void Unknown_chart_and_unit_chart_without_a_unit_are_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ChartBook.Render("pie", province.Store, TrendFilter.None, Context));
        Assert.StartsWith("unknown chart 'pie'; known: levels-members, levels-organisations,", unknown.Message, StringComparison.Ordinal);
        var noUnit = Assert.Throws<ArgumentException>(() => ChartBook.Render("unit-levels", province.Store, TrendFilter.None, Context));
        Assert.StartsWith("chart 'unit-levels' is about one unit: give TrendFilter.UnitCode", noUnit.Message, StringComparison.Ordinal);
    }
}
