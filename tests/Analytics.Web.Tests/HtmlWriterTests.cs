using Analytics.Dashboards.Web.Html;

namespace Analytics.Web.Tests;

/// <summary>The HTML builder encodes every text and attribute; Vietnamese stays readable.</summary>
public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_and_attributes_are_encoded_and_vietnamese_kept()
    {
        var h = new HtmlWriter();
        using (h.Tag("p", ("title", "\"><script>x</script>"), ("hidden", true), ("data-x", null)))
            h.Text("<b>Chi bộ thôn 1</b> & 'Đảng bộ'");
        Assert.Equal("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" hidden>&lt;b&gt;Chi bộ thôn 1&lt;/b&gt; &amp; &#x27;Đảng bộ&#x27;</p>", h.ToString());
    }
}
