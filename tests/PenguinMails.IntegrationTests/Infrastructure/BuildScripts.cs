using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>The repository's build scripts (build/db.sh, build/pgbouncer.sh), run by tests that need a server of their own.</summary>
public static class BuildScripts
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs build/<paramref name="script"/> with the action and environment; fails the test with its output when it fails.</summary>
    public static async Task RunAsync(string script, string action, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(Path.Combine(RepositoryRoot, "build", script), [action]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} {action}: {await output}{await errors}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "build", "db.sh")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("build/db.sh not found above the test binaries");
    }
}
