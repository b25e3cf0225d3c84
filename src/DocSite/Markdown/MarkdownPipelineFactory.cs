using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace DocSite.Markdown;

/// <summary>Builds the one Markdig pipeline every page and notebook cell is rendered with (it is thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseMathematics()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseListExtras()
            .UseGenericAttributes()
            // GitHub-style identifiers keep CJK letters, so "## 参数量级" gets id "参数量级".
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation()
            .Build();
}
