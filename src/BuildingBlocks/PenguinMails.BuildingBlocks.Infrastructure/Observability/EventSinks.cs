using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>The <c>Observability:Events</c> section: where events go and how much may wait.</summary>
public sealed class EventSinkOptions
{
    public const string Section = "Observability:Events";

    /// <summary>Events held while the transport catches up; past it, new events are dropped (and counted).</summary>
    public int BufferCapacity { get; set; } = 10_000;

    public int MaxBatchSize { get; set; } = 500;

    /// <summary>An http(s) URL to POST JSON batches to; without one, events are JSON lines.</summary>
    public string? Endpoint { get; set; }

    /// <summary>With no endpoint: a file to append JSON lines to; without one, standard output.</summary>
    public string? File { get; set; }

    public int RetryBaseMilliseconds { get; set; } = 200;

    public int RetryMaxMilliseconds { get; set; } = 30_000;
}

/// <summary>Delivers one batch, in order; throws when it could not (the batch is then retried).</summary>
internal interface IEventTransport
{
    Task SendAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancellationToken);
}

/// <summary>
/// The sink: a bounded channel that callers write to without waiting, drained by a background loop that hands
/// batches to the transport and retries a failed batch with growing back-off before taking the next, so delivery
/// keeps its order and survives the receiver being down.
/// </summary>
internal sealed partial class BufferedEventSink : BackgroundService, IEventSink
{
    private readonly Channel<AnalyticsEvent> _channel;
    private readonly IEventTransport _transport;
    private readonly EventSinkOptions _options;
    private readonly ILogger<BufferedEventSink> _logger;
    private long _dropped;

    public BufferedEventSink(IEventTransport transport, IOptions<EventSinkOptions> options, ILogger<BufferedEventSink> logger)
    {
        _transport = transport;
        _options = options.Value;
        _logger = logger;
        _channel = Channel.CreateBounded<AnalyticsEvent>(new BoundedChannelOptions(_options.BufferCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails at once instead of evicting: the drop is counted
            SingleReader = true,
        });
    }

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Publish(AnalyticsEvent analyticsEvent)
    {
        if (!_channel.Writer.TryWrite(analyticsEvent))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AnalyticsEvent>(_options.MaxBatchSize);
        while (await _channel.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < _options.MaxBatchSize && _channel.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await DeliverAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task DeliverAsync(List<AnalyticsEvent> batch, CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromMilliseconds(_options.RetryBaseMilliseconds);
        while (true)
        {
            try
            {
                await _transport.SendAsync(batch, stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetry(_logger, batch.Count, wait.TotalMilliseconds, exception.GetType().Name);
                await Task.Delay(wait, stoppingToken);
                wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, _options.RetryMaxMilliseconds));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Count} analytics events failed ({Error}); retrying in {WaitMs} ms")]
    private static partial void LogRetry(ILogger logger, int count, double waitMs, string error);
}

/// <summary>Events as JSON lines on standard output or appended to a file: what log pipelines read.</summary>
internal sealed class JsonLinesTransport(IOptions<EventSinkOptions> options) : IEventTransport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancellationToken)
    {
        var lines = string.Concat(batch.Select(e => JsonSerializer.Serialize(Shape(e), Json) + "\n"));
        if (options.Value.File is { Length: > 0 } file)
        {
            await System.IO.File.AppendAllTextAsync(file, lines, cancellationToken);
        }
        else
        {
            await Console.Out.WriteAsync(lines.AsMemory(), cancellationToken);
        }
    }

    internal static object Shape(AnalyticsEvent e) => new { @event = e.Name, time = e.Time, properties = e.Properties };
}

/// <summary>Events as JSON arrays POSTed to the configured endpoint (an OpenTelemetry collector, PostHog, a webhook).</summary>
internal sealed class HttpBatchTransport(HttpClient client, IOptions<EventSinkOptions> options) : IEventTransport
{
    public async Task SendAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(options.Value.Endpoint, batch.Select(JsonLinesTransport.Shape), cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
