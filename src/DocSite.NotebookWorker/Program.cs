// The notebook worker: reads cells as JSON lines on stdin, runs them in a fresh C# kernel, answers on the
// original stdout. The working directory is the notebook's folder; the engine kills this process on timeout.
using DocSite.NotebookWorker;

return await WorkerHost.RunAsync();
