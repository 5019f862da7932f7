using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Observability;

/// <summary>Request, pool, leak and resource figures: on the admin route and as sampled events.</summary>
public sealed class MonitoringTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task The_admin_route_shows_each_routes_counts_errors_and_latencies_under_its_template()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _identity.As(owner).GetAsync($"/api/v1/leads/{Guid.NewGuid()}")).StatusCode);
        }

        var metrics = await (await StaffAsync()).GetFromJsonAsync<JsonElement>("/api/v1/admin/metrics");

        var lead = Route(metrics, "GET /api/v1/leads/{id}");
        Assert.True(lead.GetProperty("requests").GetInt64() >= 3);
        Assert.True(lead.GetProperty("clientErrors").GetInt64() >= 3);
        Assert.True(lead.GetProperty("p50Ms").GetDouble() > 0);
        Assert.True(lead.GetProperty("p99Ms").GetDouble() >= lead.GetProperty("p50Ms").GetDouble());
        Assert.True(metrics.GetProperty("resources").GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(metrics.GetProperty("resources").GetProperty("threadPoolThreads").GetInt32() > 0);
        Assert.Equal(0, metrics.GetProperty("events").GetProperty("dropped").GetInt64());
    }

    [Fact]
    public async Task Connection_pools_are_named_and_read_from_npgsqls_own_metrics()
    {
        await _identity.Anonymous().GetAsync("/health/ready");

        var metrics = await (await StaffAsync()).GetFromJsonAsync<JsonElement>("/api/v1/admin/metrics");

        var pool = metrics.GetProperty("connectionPools").EnumerateArray().Single(p => p.GetProperty("pool").GetString() == $"api:{api.Name}");
        Assert.Equal(100, pool.GetProperty("max").GetInt64()); // Npgsql's default Maximum Pool Size
        Assert.True(pool.GetProperty("idle").GetInt64() + pool.GetProperty("used").GetInt64() >= 1);
        Assert.Contains(metrics.GetProperty("connectionPools").EnumerateArray(), p => p.GetProperty("pool").GetString() == $"platform:{api.Name}");
    }

    [Fact]
    public async Task A_sample_publishes_the_interval_since_the_previous_one_per_route_with_pools_and_resources()
    {
        var collector = api.Factory.Services.GetRequiredService<MetricsCollector>();
        collector.Sample();
        var client = _identity.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
        }

        await AssertProblemAsync(await client.GetAsync("/api/v1/plans?limit=abc"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);

        var events = collector.Sample();

        var performance = Assert.Single(events, e => e.Name == MetricEventNames.SystemPerformance && Equals(e.Properties["route"], "GET /api/v1/plans"));
        Assert.Equal(5L, performance.Properties["requests"]);
        Assert.True((double)performance.Properties["p95_ms"]! >= (double)performance.Properties["p50_ms"]!);
        var errors = Assert.Single(events, e => e.Name == MetricEventNames.ErrorRates && Equals(e.Properties["route"], "GET /api/v1/plans"));
        Assert.Equal((5L, 1L, 0L, 0.2), (errors.Properties["requests"], errors.Properties["client_errors"], errors.Properties["server_errors"], errors.Properties["error_rate"]));
        Assert.Contains(events, e => e.Name == MetricEventNames.ErrorRates && Equals(e.Properties["route"], "GET /api/v1/leads") && Equals(e.Properties["client_errors"], 1L));
        Assert.Contains(events, e => e.Name == MetricEventNames.ConnectionPoolMetrics && Equals(e.Properties["pool"], $"api:{api.Name}"));
        Assert.Contains(events, e => e.Name == MetricEventNames.PoolUtilization && Equals(e.Properties["pool"], $"api:{api.Name}") && (double)e.Properties["utilization"]! is >= 0 and <= 1);
        var resources = Assert.Single(events, e => e.Name == MetricEventNames.ResourceUtilization);
        Assert.True((long)resources.Properties["working_set_bytes"]! > 0);
        Assert.All(events, e => Assert.Contains(e, api.Factory.Events.Events));

        var quiet = collector.Sample();
        Assert.DoesNotContain(quiet, e => e.Name == MetricEventNames.SystemPerformance && Equals(e.Properties["route"], "GET /api/v1/plans"));
    }

    [Fact]
    public async Task A_connection_held_past_the_threshold_is_one_leak_event_naming_its_holder()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = api.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var collector = host.Services.GetRequiredService<MetricsCollector>();
        // Only the API pool's: the new host's start-up roll-over may hold a platform connection while the clock moves.
        var pool = $"api:{api.Name}";
        bool Ours(AnalyticsEvent e) => e.Name == MetricEventNames.ConnectionLeaks && Equals(e.Properties["pool"], pool);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            await session.Connection.OpenAsync();
            clock.Advance(TimeSpan.FromSeconds(29));
            Assert.DoesNotContain(collector.Sample(), Ours);

            clock.Advance(TimeSpan.FromSeconds(2));
            var leak = Assert.Single(collector.Sample(), Ours);
            Assert.Equal(("background", 31.0), (leak.Properties["holder"], leak.Properties["held_seconds"]));
            Assert.DoesNotContain(collector.Sample(), Ours);
            Assert.Single(collector.Current().ConnectionLeaks, l => l.Pool == pool);
        }

        Assert.DoesNotContain(collector.Current().ConnectionLeaks, l => l.Pool == pool);
    }

    [Fact]
    public async Task The_penguinmails_meter_counts_security_events_for_dotnet_counters()
    {
        var meters = api.Factory.Services.GetRequiredService<IMeterFactory>();
        var counted = new ConcurrentQueue<(long Value, string? Reason)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "PenguinMails" && ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "penguinmails.security.events")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    counted.Enqueue((value, tag.Value as string));
                }
            }
        });
        listener.Start();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _identity.As("not-a-token").GetAsync("/api/v1/me")).StatusCode);

        Assert.Contains((1L, "invalid_token"), counted);
    }

    [Fact]
    public async Task Only_staff_with_infrastructure_manage_read_the_figures()
    {
        var support = await api.SignUpStaffAsync("support");

        await AssertProblemAsync(await _identity.As(support.Token).GetAsync("/api/v1/admin/metrics"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _identity.Anonymous().GetAsync("/api/v1/admin/metrics"), HttpStatusCode.Unauthorized);
    }

    private static JsonElement Route(JsonElement metrics, string route) =>
        metrics.GetProperty("routes").EnumerateArray().SingleOrDefault(r => r.GetProperty("route").GetString() == route) is { ValueKind: JsonValueKind.Object } found
            ? found : throw new InvalidOperationException(metrics.GetProperty("routes").ToString());

    private async Task<HttpClient> StaffAsync() => _identity.As((await api.SignUpStaffAsync()).Token);
}
