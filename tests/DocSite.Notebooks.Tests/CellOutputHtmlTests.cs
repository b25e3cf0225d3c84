using DocSite.Notebooks.Rendering;
using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Tests;

public sealed class CellOutputHtmlTests
{
    [Fact]
    public void Text_is_escaped_and_keeps_its_terminal_colours_as_classes()
    {
        Assert.Equal("<pre class=\"nb-output nb-stdout\">a &lt;b&gt; <span class=\"ansi-red\">中文</span></pre>",
            CellOutputHtml.Render(new StreamOutput("stdout", "a <b> \u001b[31m中文\u001b[0m\n")));
        Assert.Equal("<pre class=\"nb-output nb-stderr\">warn</pre>", CellOutputHtml.Render(new StreamOutput("stderr", "warn")));
    }

    [Theory]
    [InlineData("\u001b[1;92mok\u001b[22m then\u001b[39m plain", "<span class=\"ansi-bright-green ansi-bold\">ok</span><span class=\"ansi-bright-green\"> then</span> plain")]
    [InlineData("\u001b[44;37m &amp; \u001b[m", "<span class=\"ansi-white ansi-bg-blue\"> &amp;amp; </span>")]
    [InlineData("\u001b[38;5;9mx\u001b[38;2;1;2;3my\u001b[0m", "<span class=\"ansi-bright-red\">x</span>y")]
    [InlineData("\u001b[2K\u001b[1Gprogress 100%\n\n", "progress 100%")]
    public void Colours_styles_and_resets_become_spans_and_other_escapes_go(string text, string html) =>
        Assert.Equal($"<pre class=\"nb-output nb-stdout\">{html}</pre>", CellOutputHtml.Render(new StreamOutput("stdout", text)));

    [Fact]
    public void Html_is_preferred_and_kernel_page_styles_are_dropped()
    {
        var output = new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<div class=\"dni-plaintext\"><pre>3</pre></div><style>\r\n.dni-code-hint { }\r\ntable td { }\r\n</style>",
            ["text/plain"] = "3",
        }, IsResult: true);
        Assert.Equal("<div class=\"nb-output nb-html\"><div class=\"dni-plaintext\"><pre>3</pre></div></div>", CellOutputHtml.Render(output));
    }

    [Fact]
    public void Images_become_data_uris_with_the_text_as_alt()
    {
        var png = new DisplayOutput(new Dictionary<string, string> { ["image/png"] = "iVBO\nRw==", ["text/plain"] = "<Figure>" }, false);
        Assert.Equal("<div class=\"nb-output nb-image\"><img src=\"data:image/png;base64,iVBORw==\" alt=\"&lt;Figure&gt;\"></div>", CellOutputHtml.Render(png));
        var svg = new DisplayOutput(new Dictionary<string, string> { ["image/svg+xml"] = "<svg></svg>" }, false);
        Assert.Equal("<div class=\"nb-output nb-image\"><svg></svg></div>", CellOutputHtml.Render(svg));
    }

    [Fact]
    public void Plain_text_and_errors()
    {
        Assert.Equal("<pre class=\"nb-output nb-text\">&lt;null&gt;</pre>",
            CellOutputHtml.Render(new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "<null>" }, true)));
        Assert.Equal("<div class=\"nb-output nb-error\"><pre><strong>System.Exception</strong>: 坏 &amp;\n  at Submission#1.F()</pre></div>",
            CellOutputHtml.Render(new ErrorOutput("System.Exception", "坏 &", ["at Submission#1.F()"])));
    }
}
