using System.Collections.Concurrent;
using System.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>The <c>Observability:Metrics</c> section: how often figures are sampled and when a held connection is a leak.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Observability:Metrics";

    /// <summary>Seconds between samples published as events; 0 turns the sampler off (the admin route still answers).</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>A connection open this long is reported as <c>connection_leaks</c>.</summary>
    public int ConnectionLeakSeconds { get; set; } = 30;
}

/// <summary>
/// Watches every connection a scope opens (<see cref="Persistence.DbSession"/> hands them over) from open to close,
/// with who opened it, so a connection held past <see cref="MetricsOptions.ConnectionLeakSeconds"/> can be named.
/// </summary>
internal sealed class ConnectionLeakTracker
{
    private readonly ConcurrentDictionary<NpgsqlConnection, Lease> _open = new(ReferenceEqualityComparer.Instance);
    private readonly TimeProvider _clock;
    private readonly IHttpContextAccessor _http;
    private readonly PenguinMailsMetrics _metrics;
    private readonly TimeSpan _threshold;

    public ConnectionLeakTracker(TimeProvider clock, IHttpContextAccessor http, IOptions<MetricsOptions> options, PenguinMailsMetrics metrics)
    {
        _clock = clock;
        _http = http;
        _metrics = metrics;
        _threshold = TimeSpan.FromSeconds(options.Value.ConnectionLeakSeconds);
        metrics.Meter.CreateObservableGauge("penguinmails.db.connection.held", () => _open.Count, "{connection}", "Connections opened through a scope and not yet closed.");
    }

    public void Watch(NpgsqlConnection connection, string pool) => connection.StateChange += (sender, change) =>
    {
        var watched = (NpgsqlConnection)sender;
        if (change.CurrentState == ConnectionState.Open)
        {
            var request = _http.HttpContext;
            var holder = request is null ? "background" : $"{request.Request.Method} {request.Request.Path}";
            _open[watched] = new Lease(pool, holder, request?.TraceIdentifier, _clock.GetUtcNow());
        }
        else if (change.CurrentState == ConnectionState.Closed)
        {
            _open.TryRemove(watched, out _);
        }
    };

    /// <summary>Connections held past the threshold now.</summary>
    public IReadOnlyList<ConnectionLeak> Current() => Leaks().Select(l => l.Leak).ToList();

    /// <summary>Leaks not reported before: each held connection is reported once.</summary>
    public IReadOnlyList<ConnectionLeak> TakeNew()
    {
        var fresh = new List<ConnectionLeak>();
        foreach (var (lease, leak) in Leaks())
        {
            if (lease.MarkReported())
            {
                _metrics.ConnectionLeakFound(leak.Pool);
                fresh.Add(leak);
            }
        }

        return fresh;
    }

    private IEnumerable<(Lease Lease, ConnectionLeak Leak)> Leaks()
    {
        var now = _clock.GetUtcNow();
        return _open.Values
            .Where(lease => now - lease.OpenedAt >= _threshold)
            .OrderBy(lease => lease.OpenedAt)
            .Select(lease => (lease, new ConnectionLeak(lease.Pool, lease.Holder, lease.RequestId, lease.OpenedAt, Math.Round((now - lease.OpenedAt).TotalSeconds, 3))));
    }

    private sealed class Lease(string pool, string holder, string? requestId, DateTimeOffset openedAt)
    {
        private int _reported;

        public string Pool => pool;
        public string Holder => holder;
        public string? RequestId => requestId;
        public DateTimeOffset OpenedAt => openedAt;

        public bool MarkReported() => Interlocked.Exchange(ref _reported, 1) == 0;
    }
}
