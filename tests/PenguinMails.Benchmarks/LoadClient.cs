using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PenguinMails.Benchmarks;

/// <summary>
/// A small HTTP load generator, run as its own process. Closed loop (<c>--concurrency</c> workers back to back: the
/// most the server serves) or open loop (<c>--rate</c> requests per second on a fixed schedule, latency counted from
/// the scheduled moment so a stalled server is not hidden). "{n}" in the body becomes a number unique to the request.
/// Prints one JSON object: requests, errors, rps, p50, p99 (ms), statuses.
/// </summary>
internal static class LoadClient
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);

        // Enough threads from the start: the pool's slow thread injection would otherwise show up as latency.
        ThreadPool.SetMinThreads(64, 64);
        using var client = new HttpClient(new SocketsHttpHandler
        {
            // Open loop: a bounded set of connections, so a stall queues requests here (and counts) instead of opening hundreds.
            MaxConnectionsPerServer = options.Rate is null ? options.Concurrency : 64,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        }) { Timeout = TimeSpan.FromSeconds(30) };

        // Warm-up: connections open, the server's JIT and pools settle; not counted.
        await RunForAsync(client, options, TimeSpan.FromSeconds(options.WarmupSeconds), new Recorder());
        var recorder = new Recorder();
        var elapsed = await RunForAsync(client, options, TimeSpan.FromSeconds(options.Seconds), recorder);
        Console.WriteLine(JsonSerializer.Serialize(recorder.Summary(elapsed)));
        return 0;
    }

    private static async Task<TimeSpan> RunForAsync(HttpClient client, LoadOptions options, TimeSpan duration, Recorder recorder)
    {
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        if (options.Rate is { } rate)
        {
            // Wake every millisecond and send whatever has fallen due: the schedule holds without spinning a core.
            var inFlight = new List<Task>();
            var interval = (double)Stopwatch.Frequency / rate;
            long sent = 0;
            while (true)
            {
                var now = Stopwatch.GetTimestamp();
                long due;
                while ((due = started + (long)(sent * interval)) <= now && due < end)
                {
                    inFlight.Add(SendAsync(client, options, recorder, due));
                    sent++;
                }

                if (due >= end)
                {
                    break;
                }

                await Task.Delay(1);
            }

            await Task.WhenAll(inFlight);
        }
        else
        {
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
            {
                while (Stopwatch.GetTimestamp() < end)
                {
                    await SendAsync(client, options, recorder, Stopwatch.GetTimestamp());
                }
            }));
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static long _sequence;

    private static async Task SendAsync(HttpClient client, LoadOptions options, Recorder recorder, long since)
    {
        using var request = new HttpRequestMessage(new HttpMethod(options.Method), options.Url);
        foreach (var (name, value) in options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (options.Body is { } body)
        {
            var n = Interlocked.Increment(ref _sequence);
            request.Content = new StringContent(body.Replace("{n}", $"{options.RunId}-{n}", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            recorder.Add(Stopwatch.GetElapsedTime(since), (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            recorder.Add(Stopwatch.GetElapsedTime(since), 0);
        }
    }

    private sealed class Recorder
    {
        private readonly Lock _lock = new();
        private readonly List<double> _latencies = [];
        private readonly Dictionary<int, int> _statuses = [];

        public void Add(TimeSpan latency, int status)
        {
            lock (_lock)
            {
                _latencies.Add(latency.TotalMilliseconds);
                _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            }
        }

        public LoadResult Summary(TimeSpan elapsed)
        {
            lock (_lock)
            {
                _latencies.Sort();
                var errors = _statuses.Where(s => s.Key is 0 or >= 400).Sum(s => s.Value);
                return new LoadResult(_latencies.Count, errors, Math.Round(_latencies.Count / elapsed.TotalSeconds, 1),
                    Percentile(0.50), Percentile(0.99), _statuses.ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value));
            }
        }

        private double Percentile(double q) =>
            _latencies.Count == 0 ? 0 : Math.Round(_latencies[Math.Min(_latencies.Count - 1, (int)Math.Ceiling(q * _latencies.Count) - 1)], 3);
    }
}

internal sealed record LoadResult(int Requests, int Errors, double Rps, double P50, double P99, Dictionary<string, int> Statuses);

internal sealed record LoadOptions(string Url, string Method, List<(string, string)> Headers, string? Body, int Concurrency, int? Rate, int Seconds, int WarmupSeconds, string RunId)
{
    public static LoadOptions Parse(string[] args)
    {
        string? url = null, body = null;
        var method = "GET";
        var headers = new List<(string, string)>();
        int concurrency = 16, seconds = 8, warmup = 2;
        int? rate = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--url": url = value; break;
                case "--method": method = value; break;
                case "--header": var colon = value.IndexOf(':', StringComparison.Ordinal); headers.Add((value[..colon].Trim(), value[(colon + 1)..].Trim())); break;
                case "--body": body = value; break;
                case "--concurrency": concurrency = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--rate": rate = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new LoadOptions(url ?? throw new ArgumentException("--url is required"), method, headers, body, concurrency, rate, seconds, warmup,
            Guid.NewGuid().ToString("N")[..8]);
    }
}
