using Markdig;
using DocSite.Markdown.Highlighting;
using DocSite.Markdown.Tables;
using Markdig.Extensions.AutoIdentifiers;

namespace DocSite.Markdown;

/// <summary>Builds the one Markdig pipeline every page and notebook cell is rendered with (it is thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    private static readonly Lazy<MarkdownPipeline> SharedPipeline = new(Create);

    /// <summary>The pipeline of every build in this process.</summary>
    public static MarkdownPipeline Shared => SharedPipeline.Value;

    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseMathematics()
            // Quarto's equation labels after a $$ block's closing fence ("$$ {#eq-x}").
            .Use<EquationLabelExtension>()
            .UseEmphasisExtras()
            // CommonMark's flanking rules leave "**术语**的" unbolded next to CJK text; this fixes that.
            .UseCjkFriendlyEmphasis()
            .UseAutoLinks()
            .UseListExtras()
            // GitHub's `> [!NOTE]` callouts and Pandoc's `::: {#fig-x}` divs (figures and tables with captions).
            .UseAlertBlocks()
            .UseCustomContainers()
            .UseGenericAttributes()
            // GitHub-style identifiers keep CJK letters, so "## 参数量级" gets id "参数量级".
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<HighlightingExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTablesExtension>();
        return builder.Build();
    }
}
