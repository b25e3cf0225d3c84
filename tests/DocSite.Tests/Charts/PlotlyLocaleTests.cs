using System.Text;
using DocSite.Charts;
using DocSite.Tests.Support;

namespace DocSite.Tests.Charts;

public sealed class PlotlyLocaleTests
{
    [Theory]
    [InlineData("zh-CN", "plotly/locale-zh-cn.js")]
    [InlineData("zh", "plotly/locale-zh-cn.js")]
    [InlineData("zh-TW", "plotly/locale-zh-tw.js")]
    [InlineData("de-AT", "plotly/locale-de.js")]
    public async Task The_site_language_picks_plotly_own_translation(string language, string asset)
    {
        var root = Path.GetDirectoryName(await RepositoryPackages.NodeModulesAsync())!;

        var locale = PlotlyLocale.Read(root, language);

        Assert.Equal(asset, locale?.Name);
        var script = Encoding.UTF8.GetString(locale!.Value.Bytes);
        Assert.Contains("Plotly.register(module.exports);", script, StringComparison.Ordinal);
        Assert.Contains("moduleType: 'locale'", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("xx-YY")]
    public async Task English_and_unknown_languages_keep_plotly_own_English(string language)
    {
        var root = Path.GetDirectoryName(await RepositoryPackages.NodeModulesAsync())!;

        Assert.Null(PlotlyLocale.Read(root, language));
    }
}
