namespace DocSite.Notebooks.Progress;

/// <summary>Chooses the live display (a terminal) or plain lines (CI, redirected output) for one engine call.</summary>
internal sealed class ProgressDisplay(bool interactive, Action<string> log)
{
    public void Log(string line) => log(line);

    public async Task<T> RunAsync<T>(Func<INotebookProgress, Task<T>> work)
    {
        if (!interactive)
        {
            return await work(new PlainProgress(log)).ConfigureAwait(false);
        }

        var live = new LiveProgress(log);
        return await live.RunAsync(work).ConfigureAwait(false);
    }
}
