using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace DocSite.Markdown;

/// <summary>Lets a <c>$$</c> block end with Quarto's equation label (<see cref="LabelledMathBlockParser"/>); add it after the math extension.</summary>
public sealed class EquationLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<LabelledMathBlockParser>())
            pipeline.BlockParsers.Replace<MathBlockParser>(new LabelledMathBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
