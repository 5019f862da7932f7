using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Observability;

namespace PenguinMails.IntegrationTests.Observability;

/// <summary>The HTTP event sink against a real receiver on loopback: order, outages, and a full buffer.</summary>
public sealed class EventSinkTests
{
    [Fact]
    public async Task Events_arrive_in_order_even_when_the_receiver_starts_late()
    {
        var port = FreePort();
        await using var sink = await StartSinkAsync(port, capacity: 1000);
        for (var i = 0; i < 300; i++)
        {
            sink.Sink.Publish(Event(i));
        }

        // Nothing listens yet: the sink keeps the events and retries. Then the receiver comes up.
        await using var receiver = await Receiver.StartAsync(port, expected: 300);
        var received = await receiver.AllAsync();

        Assert.Equal(Enumerable.Range(0, 300), received);
        Assert.Equal(0, sink.Sink.Dropped);
    }

    [Fact]
    public async Task A_full_buffer_drops_and_counts_instead_of_waiting()
    {
        var port = FreePort(); // never listened on
        await using var sink = await StartSinkAsync(port, capacity: 100);

        for (var i = 0; i < 10_000; i++)
        {
            sink.Sink.Publish(Event(i));
        }

        // Every call returned at once; what did not fit (all but the buffer and at most one batch in flight) was counted.
        Assert.InRange(sink.Sink.Dropped, 10_000 - 100 - 100, 10_000 - 100);
    }

    private static AnalyticsEvent Event(int sequence) =>
        new("system_performance", DateTimeOffset.UtcNow, new Dictionary<string, object?> { ["sequence"] = sequence });

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<SinkHost> StartSinkAsync(int port, int capacity)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Observability:Events:Endpoint"] = $"http://127.0.0.1:{port}/events",
            ["Observability:Events:BufferCapacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Observability:Events:MaxBatchSize"] = "100",
            ["Observability:Events:RetryBaseMilliseconds"] = "20",
            ["Observability:Events:RetryMaxMilliseconds"] = "100",
        }).Build();
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddLogging().AddEventSink(configuration))
            .Build();
        await host.StartAsync();
        return new SinkHost(host);
    }

    private sealed class SinkHost(IHost host) : IAsyncDisposable
    {
        public IEventSink Sink => host.Services.GetRequiredService<IEventSink>();

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }

    /// <summary>An HTTP endpoint on loopback that records each event's sequence number in arrival order.</summary>
    private sealed class Receiver(WebApplication app, TaskCompletionSource done, ConcurrentQueue<int> sequences) : IAsyncDisposable
    {
        public static async Task<Receiver> StartAsync(int port, int expected)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var sequences = new ConcurrentQueue<int>();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            app.MapPost("/events", async (HttpRequest request) =>
            {
                using var body = await JsonDocument.ParseAsync(request.Body);
                foreach (var e in body.RootElement.EnumerateArray())
                {
                    sequences.Enqueue(e.GetProperty("properties").GetProperty("sequence").GetInt32());
                }

                if (sequences.Count >= expected)
                {
                    done.TrySetResult();
                }

                return Results.Ok();
            });
            await app.StartAsync();
            return new Receiver(app, done, sequences);
        }

        public async Task<IReadOnlyList<int>> AllAsync()
        {
            await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return sequences.ToList();
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
