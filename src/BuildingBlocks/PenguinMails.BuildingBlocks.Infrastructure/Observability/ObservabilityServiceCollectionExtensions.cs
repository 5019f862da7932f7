using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// The event sink (JSON lines by default, HTTP batches when <c>Observability:Events:Endpoint</c> is set) and the
    /// security events published through it.
    /// </summary>
    public static IServiceCollection AddEventSink(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventSinkOptions>().Bind(configuration.GetSection(EventSinkOptions.Section))
            .Validate(o => o.BufferCapacity > 0 && o.MaxBatchSize > 0, "Observability:Events needs a positive BufferCapacity and MaxBatchSize.")
            .Validate(o => o.Endpoint is null || (Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Observability:Events:Endpoint must be an absolute http(s) URL.");
        if (configuration.GetSection(EventSinkOptions.Section)[nameof(EventSinkOptions.Endpoint)] is { Length: > 0 })
        {
            services.AddHttpClient<IEventTransport, HttpBatchTransport>(client => client.Timeout = TimeSpan.FromSeconds(10));
        }
        else
        {
            services.AddSingleton<IEventTransport, JsonLinesTransport>();
        }

        services.AddHttpContextAccessor();
        services.AddScoped<ISecurityEvents, SecurityEvents>();
        services.AddSingleton<BufferedEventSink>();
        services.AddSingleton<IEventSink>(sp => sp.GetRequiredService<BufferedEventSink>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<BufferedEventSink>());
        return services;
    }

    /// <summary>
    /// Request, pool, leak and resource figures: kept in-process, sampled as events on an interval, read by
    /// <c>GET /api/v1/admin/metrics</c>, and published on the "PenguinMails" meter for dotnet-counters.
    /// </summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section))
            .Validate(o => o.IntervalSeconds >= 0 && o.ConnectionLeakSeconds > 0, "Observability:Metrics needs IntervalSeconds >= 0 and ConnectionLeakSeconds > 0.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddHttpContextAccessor();
        services.AddSingleton<PenguinMailsMetrics>();
        services.AddSingleton<RequestMetrics>();
        services.AddSingleton<IRequestMetrics>(sp => sp.GetRequiredService<RequestMetrics>());
        services.AddSingleton<NpgsqlPoolMonitor>();
        services.AddSingleton<ConnectionLeakTracker>();
        services.AddSingleton<MetricsCollector>();
        services.AddSingleton<IMetricsReader>(sp => sp.GetRequiredService<MetricsCollector>());
        services.AddSingleton<ICrossTenantProbe, CrossTenantProbe>();
        services.AddHostedService<MetricsSampler>();
        return services;
    }
}
