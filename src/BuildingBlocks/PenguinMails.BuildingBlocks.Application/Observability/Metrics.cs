namespace PenguinMails.BuildingBlocks.Application.Observability;

/// <summary>Counts each answered request under its route template, with its status and duration.</summary>
public interface IRequestMetrics
{
    /// <param name="route">"GET /api/v1/leads/{id}"; requests that matched no route share one key.</param>
    void Record(string route, int statusCode, TimeSpan elapsed);
}

/// <summary>The process's current figures: what <c>GET /api/v1/admin/metrics</c> shows.</summary>
public interface IMetricsReader
{
    MetricsSnapshot Current();
}

/// <summary>Route figures count from the process's start; pools, leaks and resources are as of <see cref="Time"/>.</summary>
public sealed record MetricsSnapshot(
    DateTimeOffset Time,
    double UptimeSeconds,
    IReadOnlyList<RouteFigures> Routes,
    IReadOnlyList<PoolFigures> ConnectionPools,
    IReadOnlyList<ConnectionLeak> ConnectionLeaks,
    ResourceFigures Resources,
    EventFigures Events);

/// <summary>Latency percentiles are upper bounds of 10 %-wide buckets, in milliseconds.</summary>
public sealed record RouteFigures(string Route, long Requests, long ClientErrors, long ServerErrors, double MeanMs, double P50Ms, double P95Ms, double P99Ms);

/// <summary>One Npgsql pool (the API role's or the platform role's), from Npgsql's own metrics.</summary>
public sealed record PoolFigures(string Pool, long Idle, long Used, long Max, long PendingRequests, long Timeouts)
{
    public double Utilization => Max == 0 ? 0 : Math.Round((double)Used / Max, 4);
}

/// <summary>A connection a request or job has held open longer than the configured time.</summary>
public sealed record ConnectionLeak(string Pool, string Holder, string? RequestId, DateTimeOffset OpenedAt, double HeldSeconds);

/// <param name="CpuPercent">Of all cores, since the previous sample (the admin route: since start).</param>
public sealed record ResourceFigures(
    double CpuPercent,
    long WorkingSetBytes,
    long GcHeapBytes,
    long GcAllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseMilliseconds,
    int ThreadPoolThreads,
    long ThreadPoolQueueLength,
    long ThreadPoolCompletedItems);

/// <summary>Analytics events dropped because the sink's buffer was full.</summary>
public sealed record EventFigures(long Dropped);

/// <summary>
/// Whether ids a tenant asked for belong to another tenant: asked only after a 404, to tell a probe of another
/// tenant's objects (a <c>suspicious_activity</c>) from a stale or mistyped id. The answer never reaches the client.
/// </summary>
public interface ICrossTenantProbe
{
    Task<bool> BelongsToAnotherTenantAsync(Guid tenantId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
