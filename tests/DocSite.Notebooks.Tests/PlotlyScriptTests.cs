using System.Text;

namespace DocSite.Notebooks.Tests;

public sealed class PlotlyScriptTests
{
    [Fact]
    public void Embedded_plotly_js_is_available_with_its_versioned_name()
    {
        Assert.Equal("plotly-2.28.0.min.js", PlotlyScript.FileName);
        Assert.True(PlotlyScript.Bytes.Length > 3_000_000);
        Assert.Contains("plotly.js v2.28.0", Encoding.UTF8.GetString(PlotlyScript.Bytes.Span[..2000]), StringComparison.Ordinal);
    }
}
