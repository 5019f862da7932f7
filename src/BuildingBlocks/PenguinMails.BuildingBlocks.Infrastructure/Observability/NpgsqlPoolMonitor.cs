using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// Listens to Npgsql's own pool instruments (meter "Npgsql", OpenTelemetry database conventions) and keeps the latest
/// figure per pool: gauges as last observed, counters summed. The pools are named by their data sources ("api",
/// "platform").
/// </summary>
internal sealed class NpgsqlPoolMonitor : IDisposable
{
    private const string NpgsqlMeter = "Npgsql";
    private const string PoolTag = "db.client.connection.pool.name";
    private const string StateTag = "db.client.connection.state";
    private const string Count = "db.client.connection.count";
    private const string Max = "db.client.connection.max";
    private const string Pending = "db.client.connection.npgsql.pending_requests";
    private const string Timeouts = "db.client.connection.npgsql.timeouts";
    private static readonly HashSet<string> Instruments = [Count, Max, Pending, Timeouts];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Pool, string Figure), long> _figures = new();
    private readonly ConcurrentDictionary<(string Pool, string Figure), bool> _observed = new();
    private readonly Lock _observing = new();

    public NpgsqlPoolMonitor()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NpgsqlMeter && Instruments.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => OnMeasurement(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => OnMeasurement(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<PoolFigures> Current()
    {
        lock (_observing)
        {
            // Observable instruments report only when asked: each answer replaces the previous one.
            foreach (var key in _observed.Keys)
            {
                _figures[key] = 0;
            }

            _listener.RecordObservableInstruments();
        }

        return _figures.Keys.Select(k => k.Pool).Distinct().Order(StringComparer.Ordinal)
            .Select(pool => new PoolFigures(pool, Figure(pool, "idle"), Figure(pool, "used"), Figure(pool, Max), Figure(pool, Pending), Figure(pool, Timeouts)))
            .ToList();
    }

    public void Dispose() => _listener.Dispose();

    private long Figure(string pool, string figure) => _figures.GetValueOrDefault((pool, figure));

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? pool = null;
        string? state = null;
        foreach (var tag in tags)
        {
            if (tag.Key == PoolTag)
            {
                pool = tag.Value as string;
            }
            else if (tag.Key == StateTag)
            {
                state = tag.Value as string;
            }
        }

        if (pool is null)
        {
            return;
        }

        var key = (pool, instrument.Name == Count ? state ?? "used" : instrument.Name);
        if (instrument.IsObservable)
        {
            _observed.TryAdd(key, true);
        }

        // Counters and up-down counters send changes; observations were reset to 0 just before being asked for.
        _figures.AddOrUpdate(key, value, (_, seen) => seen + value);
    }
}
