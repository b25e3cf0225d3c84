using DocSite.Pipeline;
using DocSite.Publishing;

namespace DocSite.Steps;

/// <summary>Writes every made file and copies every static file into the output folder, swapped in whole.</summary>
public sealed class WriteOutput : IBuildStep
{
    public string Name => "write";

    public Task<string?> RunAsync(BuildContext context)
    {
        var copies = context.Files.Select(f => (Path.Combine(context.Root, f.SourcePath), f.OutputPath));
        var written = OutputFolderWriter.Write(context.Options.OutputDirectory, context.Outputs, copies, context.Options.EffectiveJobs, context.Log);
        return Task.FromResult<string?>($"{written} files");
    }
}
