namespace DocSite.Notebooks.Execution;

/// <summary>The <c>dotnet</c> executable to start the worker with: the one running this process when it is dotnet, else the one on PATH.</summary>
internal static class DotnetHost
{
    public static string Path
    {
        get
        {
            var current = Environment.ProcessPath;
            if (current is not null && System.IO.Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return current;
            }

            var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(fromCli) && File.Exists(fromCli) ? fromCli : "dotnet";
        }
    }
}
