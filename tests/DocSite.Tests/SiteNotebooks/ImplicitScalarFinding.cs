namespace DocSite.Tests.SiteNotebooks;

/// <summary>One place where TorchSharp would make a <c>Scalar</c> on the fly: the line (1-based), why, and the code.</summary>
public sealed record ImplicitScalarFinding(int Line, string Reason, string Code);
