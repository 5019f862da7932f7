using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Api.Endpoints;

public static class MetricsEndpoints
{
    /// <summary>The staff permission that covers the platform's infrastructure, its figures included.</summary>
    public const string InfrastructureManage = "infrastructure.manage";

    /// <summary><c>GET /api/v1/admin/metrics</c>: the process's current figures (staff, <c>infrastructure.manage</c>).</summary>
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStaffGroup("/admin/metrics", "Monitoring").RequireStaffPermission(InfrastructureManage)
            .MapGet("", (IMetricsReader metrics) => metrics.Current())
            .WithName("GetMetrics")
            .WithSummary("This API instance's figures: requests per route (counts, 4xx/5xx, latency percentiles since start), connection pools, held connections, CPU, memory, GC, thread pool, dropped events.")
            .Produces<MetricsSnapshot>();
        return endpoints;
    }
}
