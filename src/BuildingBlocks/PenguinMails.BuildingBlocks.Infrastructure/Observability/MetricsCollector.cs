using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>Names of the monitoring events the sampler publishes (docs/events.md).</summary>
public static class MetricEventNames
{
    public const string ConnectionPoolMetrics = "connection_pool_metrics";
    public const string PoolUtilization = "pool_utilization";
    public const string ConnectionLeaks = "connection_leaks";
    public const string SystemPerformance = "system_performance";
    public const string ErrorRates = "error_rates";
    public const string ResourceUtilization = "resource_utilization";
}

/// <summary>
/// Gathers the process's figures: for the admin route as they stand, and as events over the interval since the
/// previous sample (route counts and latencies, CPU) for the analytics platform.
/// </summary>
internal sealed class MetricsCollector(
    RequestMetrics requests, NpgsqlPoolMonitor pools, ConnectionLeakTracker leaks, IEventSink sink, TimeProvider clock) : IMetricsReader
{
    private readonly Lock _sampling = new();
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private Dictionary<string, RouteSample> _previousRoutes = new(StringComparer.Ordinal);
    private (TimeSpan Cpu, long At) _previousCpu = (ProcessCpu(), Stopwatch.GetTimestamp());

    public MetricsSnapshot Current()
    {
        var now = clock.GetUtcNow();
        using var process = Process.GetCurrentProcess();
        var uptime = (now - _started).TotalSeconds;
        return new MetricsSnapshot(now, Math.Round(uptime, 3), requests.Snapshot().Select(r => r.ToFigures()).ToList(), pools.Current(), leaks.Current(),
            Resources(process, CpuPercent(process.TotalProcessorTime, TimeSpan.FromSeconds(uptime))), new EventFigures(sink.Dropped));
    }

    /// <summary>Takes one sample and publishes its events; the sampler calls this on its interval (tests call it directly).</summary>
    public IReadOnlyList<AnalyticsEvent> Sample()
    {
        lock (_sampling)
        {
            var now = clock.GetUtcNow();
            var events = new List<AnalyticsEvent>();
            foreach (var pool in pools.Current())
            {
                events.Add(Event(MetricEventNames.ConnectionPoolMetrics, now, new()
                {
                    ["pool"] = pool.Pool, ["idle"] = pool.Idle, ["used"] = pool.Used, ["max"] = pool.Max,
                    ["pending_requests"] = pool.PendingRequests, ["timeouts"] = pool.Timeouts,
                }));
                events.Add(Event(MetricEventNames.PoolUtilization, now, new()
                {
                    ["pool"] = pool.Pool, ["used"] = pool.Used, ["max"] = pool.Max, ["utilization"] = pool.Utilization,
                }));
            }

            events.AddRange(leaks.TakeNew().Select(leak => Event(MetricEventNames.ConnectionLeaks, now, new()
            {
                ["pool"] = leak.Pool, ["holder"] = leak.Holder, ["request_id"] = leak.RequestId, ["opened_at"] = leak.OpenedAt, ["held_seconds"] = leak.HeldSeconds,
            })));

            var routes = requests.Snapshot();
            foreach (var interval in routes.Select(r => r.Minus(_previousRoutes.GetValueOrDefault(r.Route))).Where(r => r.Requests > 0))
            {
                var figures = interval.ToFigures();
                events.Add(Event(MetricEventNames.SystemPerformance, now, new()
                {
                    ["route"] = figures.Route, ["requests"] = figures.Requests, ["mean_ms"] = figures.MeanMs,
                    ["p50_ms"] = figures.P50Ms, ["p95_ms"] = figures.P95Ms, ["p99_ms"] = figures.P99Ms,
                }));
                events.Add(Event(MetricEventNames.ErrorRates, now, new()
                {
                    ["route"] = figures.Route, ["requests"] = figures.Requests, ["client_errors"] = figures.ClientErrors, ["server_errors"] = figures.ServerErrors,
                    ["error_rate"] = Math.Round((double)(figures.ClientErrors + figures.ServerErrors) / figures.Requests, 4),
                    ["server_error_rate"] = Math.Round((double)figures.ServerErrors / figures.Requests, 4),
                }));
            }

            _previousRoutes = routes.ToDictionary(r => r.Route, StringComparer.Ordinal);

            using var process = Process.GetCurrentProcess();
            var cpuNow = (process.TotalProcessorTime, Stopwatch.GetTimestamp());
            var cpu = CpuPercent(cpuNow.TotalProcessorTime - _previousCpu.Cpu, Stopwatch.GetElapsedTime(_previousCpu.At, cpuNow.Item2));
            _previousCpu = cpuNow;
            var resources = Resources(process, cpu);
            events.Add(Event(MetricEventNames.ResourceUtilization, now, new()
            {
                ["cpu_percent"] = resources.CpuPercent, ["working_set_bytes"] = resources.WorkingSetBytes, ["gc_heap_bytes"] = resources.GcHeapBytes,
                ["gc_allocated_bytes"] = resources.GcAllocatedBytes, ["gen0_collections"] = resources.Gen0Collections,
                ["gen1_collections"] = resources.Gen1Collections, ["gen2_collections"] = resources.Gen2Collections,
                ["gc_pause_ms"] = resources.GcPauseMilliseconds, ["thread_pool_threads"] = resources.ThreadPoolThreads,
                ["thread_pool_queue_length"] = resources.ThreadPoolQueueLength, ["thread_pool_completed_items"] = resources.ThreadPoolCompletedItems,
            }));

            foreach (var analyticsEvent in events)
            {
                sink.Publish(analyticsEvent);
            }

            return events;
        }
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static AnalyticsEvent Event(string name, DateTimeOffset time, Dictionary<string, object?> properties) => new(name, time, properties);

    private static double CpuPercent(TimeSpan cpu, TimeSpan wall) =>
        wall <= TimeSpan.Zero ? 0 : Math.Round(100 * cpu.TotalMilliseconds / (wall.TotalMilliseconds * Environment.ProcessorCount), 2);

    private static ResourceFigures Resources(Process process, double cpuPercent) => new(
        cpuPercent,
        process.WorkingSet64,
        GC.GetGCMemoryInfo().HeapSizeBytes,
        GC.GetTotalAllocatedBytes(),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        Math.Round(GC.GetTotalPauseDuration().TotalMilliseconds, 3),
        ThreadPool.ThreadCount,
        ThreadPool.PendingWorkItemCount,
        ThreadPool.CompletedWorkItemCount);
}

/// <summary>Publishes a sample every <see cref="MetricsOptions.IntervalSeconds"/>; off when it is 0.</summary>
internal sealed class MetricsSampler(MetricsCollector collector, IOptions<MetricsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            collector.Sample();
        }
    }
}
