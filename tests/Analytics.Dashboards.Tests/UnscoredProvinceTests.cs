using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Tests;

/// <summary>Before any formalism scoring has run, the heatmap and the briefing say so instead of failing.</summary>
public sealed class UnscoredProvinceTests(SmallProvince province) : IClassFixture<SmallProvince>
{
    [Fact]
    public void The_heatmap_says_there_is_no_scoring_run_yet()
    {
        using var plot = ChartBook.Render("formalism-heatmap", province.Store, TrendFilter.None, new ChartContext("2024-Q4"));
        var texts = Pictures.SvgTexts(ChartBook.Svg(plot));
        Assert.Contains("Điểm nguy cơ hình thức theo địa bàn và năm — chưa có lượt chấm điểm", texts);
        Assert.Contains(texts, t => t.StartsWith(
            "Chưa có lượt chấm điểm nguy cơ hình thức nào (formalism_run trống).", StringComparison.Ordinal));
        Assert.Equal((1200, 675), Pictures.PngSize(ChartBook.Png(plot)));
    }

    [Fact]
    public void The_briefing_says_formalism_is_not_scored_and_cannot_be_compared()
    {
        using var temp = new TempFolder();
        BriefingPack.Write(province.Store, "2024-Q4", temp.Path, new BriefingOptions { AsOf = DateTime.Now.AddMinutes(1) });
        var html = File.ReadAllText(Path.Combine(temp.Path, BriefingPack.HtmlFile));
        Assert.Contains("<p>Chưa có lượt chấm điểm nguy cơ hình thức nào trong kho dữ liệu; "
            + "mục này sẽ có khi việc chấm điểm được chạy.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Nguy cơ hình thức: chưa có lượt chấm điểm nào, chưa so sánh được.</li>",
            html, StringComparison.Ordinal);
        Assert.Contains("<td>Chấm điểm nguy cơ hình thức</td><td class=\"n\">chưa có lượt chấm điểm nào</td>",
            html, StringComparison.Ordinal);
    }
}
