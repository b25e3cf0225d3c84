namespace DocSite.Notebooks.Caching;

/// <summary>The content of a run-time record: which notebook, and how long its last execution took.</summary>
internal sealed record RunTime(string Notebook, double Seconds);
