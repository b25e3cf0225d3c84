using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocSite.Markdown;

/// <summary>
/// Markdig's <c>$$</c> block parser that also closes a block on Quarto's labelled fence, <c>$$ {#eq-energy}</c>:
/// Markdig closes only on a bare <c>$$</c>, so the label would otherwise swallow the rest of the page. The label
/// becomes the block's id, at the place it was written (for errors about it).
/// </summary>
public sealed partial class LabelledMathBlockParser : MathBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsCodeIndent || LabelledFence().Match(processor.Line.ToString()) is not { Success: true } fence)
            return base.TryContinue(processor, block);
        var attributes = block.GetAttributes();
        attributes.Id = fence.Groups["id"].Value;
        attributes.Line = processor.LineIndex;
        attributes.Column = processor.Column + fence.Groups["label"].Index;
        ((IFencedBlock)block).ClosingFencedCharCount = 2;
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\$\$[ \t]*(?<label>\{#(?<id>eq-[^\s{}]+)\})[ \t]*$")]
    private static partial Regex LabelledFence();
}
