namespace DocSite.Results;

/// <summary>Why one use of a notebook result failed; the step turns it into a diagnostic at the use's place.</summary>
public sealed class GlueException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
