// The notebook worker: reads cells as JSON lines on stdin, runs them in a fresh C# kernel, answers on the
// original stdout. The working directory is the notebook's folder; the engine kills this process on timeout.
// First of all it takes a process group of its own and starts watching the engine (see ParentWatchdog).
using DocSite.NotebookWorker;

ParentWatchdog.Start();
return await WorkerHost.RunAsync();
