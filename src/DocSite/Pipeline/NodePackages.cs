using System.Diagnostics;
using System.Security.Cryptography;
using DocSite.Diagnostics;
using DocSite.Notebooks.Files;
using DocSite.Notebooks.Processes;

namespace DocSite.Pipeline;

/// <summary>
/// Restores the site's npm packages (data sets, KaTeX) with <c>npm ci</c> when node_modules is missing or
/// was installed from another lock file, so a fresh clone needs no separate install step.
/// </summary>
public static class NodePackages
{
    private const string StampFile = ".docsite-lock.sha256";

    public static async Task EnsureAsync(string root, BuildLog log, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(root, "package-lock.json");
        if (!File.Exists(lockFile)) return;

        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(lockFile, cancellationToken).ConfigureAwait(false)));
        var stamp = Path.Combine(root, "node_modules", StampFile);
        if (File.Exists(stamp) && (await File.ReadAllTextAsync(stamp, cancellationToken).ConfigureAwait(false)).Trim() == hash) return;

        log.Info("  npm        node_modules is missing or out of date: running `npm ci`");
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = await RunNpmCiAsync(root, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new BuildFailedException(new BuildDiagnostic("package-lock.json", null, null, DiagnosticCodes.NodePackages,
                $"`npm ci` failed with exit code {exitCode}: {output.Trim()}"));
        }
        AtomicFile.Write(stamp, System.Text.Encoding.UTF8.GetBytes(hash));
        log.Info($"  npm        packages restored ({watch.ElapsedMilliseconds} ms)");
    }

    /// <summary>Runs `npm ci` in a process group of its own that dies with the build and is killed when it ends,
    /// fails or is cancelled: an install script's leftover process would otherwise outlive the build and hold
    /// npm's output open.</summary>
    private static async Task<(int ExitCode, string Output)> RunNpmCiAsync(string root, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" }) start.ArgumentList.Add(argument);
        try
        {
            await using var npm = GroupedProcess.StartGuarded(start);
            var stdout = npm.Process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = npm.Process.StandardError.ReadToEndAsync(cancellationToken);
            await npm.Process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            await npm.KillAsync().ConfigureAwait(false);
            return (npm.Process.ExitCode, await stderr.ConfigureAwait(false) + await stdout.ConfigureAwait(false));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "npm was not found: install Node.js (it includes npm), see README.md");
        }
    }
}
