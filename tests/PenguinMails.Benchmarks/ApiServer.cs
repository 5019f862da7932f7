using System.Diagnostics;
using System.Security.Cryptography;

namespace PenguinMails.Benchmarks;

/// <summary>The API (with the baseline routes) as a process of its own on loopback, against one benchmark database.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines;

    private ApiServer(Process process, System.Collections.Concurrent.ConcurrentQueue<string> lines, string url, TimeSpan startup)
    {
        _process = process;
        _lines = lines;
        Url = url;
        StartupTime = startup;
    }

    public string Url { get; }

    /// <summary>From process start to the first 200 of <c>/health/ready</c>.</summary>
    public TimeSpan StartupTime { get; }

    public static async Task<ApiServer> StartAsync(BenchDatabase database, Paths paths, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [typeof(ApiServer).Assembly.Location, "serve", "--urls", url, "--contentRoot", paths.ApiContentRoot])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Api"] = database.As("penguinmails_app");
        info.Environment["ConnectionStrings__Platform"] = database.As("penguinmails_platform");
        info.Environment["Identity__SigningKey"] = paths.Key("signing-key");
        info.Environment["Identity__EncryptionKey"] = paths.Key("encryption-key");
        info.Environment["Secrets__MasterKey"] = paths.Key("secrets-master-key");
        info.Environment["Observability__Events__File"] = Path.Combine(paths.Work, "events.jsonl");
        info.Environment["Billing__RollOverIntervalSeconds"] = "86400";
        info.Environment["Deliverability__RecheckPollSeconds"] = "0";
        info.Environment["Deliverability__AllowPrivateMailHosts"] = "true"; // the sandbox's SMTP server is on loopback
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the API");
        var log = File.CreateText(Path.Combine(paths.Work, $"api-{database.Name}.log"));
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            lines.Enqueue(e.Data ?? "");
            lock (log)
            {
                log.WriteLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (started.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the API exited with {process.ExitCode}; see {paths.Work}/api-{database.Name}.log");
            }

            try
            {
                if ((await probe.GetAsync($"{url}/health/ready")).IsSuccessStatusCode)
                {
                    return new ApiServer(process, lines, url, started.Elapsed);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still warming up past the probe's timeout
            }

            await Task.Delay(20);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("the API did not become ready within 60 s");
    }

    /// <summary>
    /// The token of the latest e-mailed link of this kind to this address, from the log the API's default e-mail sender
    /// writes (the benchmark's server sends no real mail); waits for the line, since the console logger writes behind.
    /// </summary>
    public async Task<string> EmailedTokenAsync(string kind, string to)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            var line = _lines.LastOrDefault(l => l.Contains($"({kind}) to {to}:", StringComparison.Ordinal) && l.Contains("#token=", StringComparison.Ordinal));
            if (line is not null)
            {
                return System.Text.RegularExpressions.Regex.Match(line, "#token=([A-Za-z0-9_.-]+)").Groups[1].Value; // the log is JSON: the token ends at the quote
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no {kind} e-mail to {to} appeared in the API's log");
    }

    /// <summary>Resident set size now, from /proc.</summary>
    public long RssBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

/// <summary>Where the benchmark keeps its work files and development keys (under .local/, never committed).</summary>
internal sealed class Paths(string root)
{
    public string Root => root;

    public string Work { get; } = Directory.CreateDirectory(Path.Combine(root, ".local", "bench")).FullName;

    public string ApiContentRoot => Path.Combine(root, "src", "PenguinMails.Api");

    /// <summary>A random key made on first use and kept, so a reused database's secret store stays readable.</summary>
    public string Key(string name)
    {
        var path = Path.Combine(Work, name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadAllText(path).Trim();
    }
}
