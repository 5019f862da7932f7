using System.Collections.Concurrent;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// Per-route counters and latency histograms, lock-free on the request path (a few interlocked increments).
/// Keys are route templates, so their number is bounded by the routes the host maps.
/// </summary>
internal sealed class RequestMetrics : IRequestMetrics
{
    private readonly ConcurrentDictionary<string, RouteCounters> _routes = new(StringComparer.Ordinal);

    public void Record(string route, int statusCode, TimeSpan elapsed) =>
        _routes.GetOrAdd(route, static _ => new RouteCounters()).Record(statusCode, elapsed);

    /// <summary>Cumulative counts since start; subtract an earlier snapshot for an interval's.</summary>
    public IReadOnlyList<RouteSample> Snapshot() => _routes.Select(r => r.Value.Snapshot(r.Key)).OrderBy(s => s.Route, StringComparer.Ordinal).ToList();

    private sealed class RouteCounters
    {
        private readonly long[] _buckets = new long[LatencyBuckets.Count];
        private long _requests;
        private long _clientErrors;
        private long _serverErrors;
        private long _totalMicroseconds;

        public void Record(int statusCode, TimeSpan elapsed)
        {
            Interlocked.Increment(ref _requests);
            if (statusCode >= 500)
            {
                Interlocked.Increment(ref _serverErrors);
            }
            else if (statusCode >= 400)
            {
                Interlocked.Increment(ref _clientErrors);
            }

            Interlocked.Add(ref _totalMicroseconds, (long)elapsed.TotalMicroseconds);
            Interlocked.Increment(ref _buckets[LatencyBuckets.IndexOf(elapsed)]);
        }

        public RouteSample Snapshot(string route) => new(route, Interlocked.Read(ref _requests), Interlocked.Read(ref _clientErrors),
            Interlocked.Read(ref _serverErrors), Interlocked.Read(ref _totalMicroseconds), _buckets.Select((_, i) => Interlocked.Read(ref _buckets[i])).ToArray());
    }
}

/// <summary>A route's counts at one moment (or, after <see cref="Minus"/>, over an interval).</summary>
internal sealed record RouteSample(string Route, long Requests, long ClientErrors, long ServerErrors, long TotalMicroseconds, long[] Buckets)
{
    public RouteSample Minus(RouteSample? earlier) => earlier is null
        ? this
        : new(Route, Requests - earlier.Requests, ClientErrors - earlier.ClientErrors, ServerErrors - earlier.ServerErrors,
            TotalMicroseconds - earlier.TotalMicroseconds, Buckets.Select((count, i) => count - earlier.Buckets[i]).ToArray());

    public RouteFigures ToFigures() => new(Route, Requests, ClientErrors, ServerErrors,
        Requests == 0 ? 0 : Math.Round(TotalMicroseconds / 1000.0 / Requests, 3),
        LatencyBuckets.Percentile(Buckets, 0.50), LatencyBuckets.Percentile(Buckets, 0.95), LatencyBuckets.Percentile(Buckets, 0.99));
}

/// <summary>
/// Logarithmic latency buckets: bucket i holds durations up to 10 µs × 1.1^i, so a percentile is known within 10 %
/// from 10 µs to about half an hour, in a fixed 200 slots per route.
/// </summary>
internal static class LatencyBuckets
{
    public const int Count = 200;
    private const double FirstBoundMicroseconds = 10;
    private static readonly double LogGrowth = Math.Log(1.1);

    public static int IndexOf(TimeSpan elapsed)
    {
        var micros = elapsed.TotalMicroseconds;
        return micros <= FirstBoundMicroseconds ? 0 : Math.Min(Count - 1, (int)Math.Ceiling(Math.Log(micros / FirstBoundMicroseconds) / LogGrowth));
    }

    public static double UpperBoundMilliseconds(int index) => Math.Round(FirstBoundMicroseconds * Math.Pow(1.1, index) / 1000, 3);

    /// <summary>The upper bound of the bucket holding the q-th quantile; 0 when nothing was counted.</summary>
    public static double Percentile(long[] buckets, double quantile)
    {
        var total = buckets.Sum();
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += buckets[i];
            if (seen >= rank)
            {
                return UpperBoundMilliseconds(i);
            }
        }

        return UpperBoundMilliseconds(buckets.Length - 1);
    }
}
