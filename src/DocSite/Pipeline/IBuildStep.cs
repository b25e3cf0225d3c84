namespace DocSite.Pipeline;

/// <summary>One step of a build: does one job over the <see cref="BuildContext"/>, reporting problems into its diagnostics.</summary>
public interface IBuildStep
{
    /// <summary>The short name the build log shows for it (<c>read</c>, <c>links</c>…).</summary>
    string Name { get; }

    /// <returns>What the step did, for the build log ("28 pages"), or null to log nothing.</returns>
    Task<string?> RunAsync(BuildContext context);

    /// <summary>Whether the step runs even though the step before it reported errors (to report more of them).</summary>
    bool RunsAfterErrors => false;
}
