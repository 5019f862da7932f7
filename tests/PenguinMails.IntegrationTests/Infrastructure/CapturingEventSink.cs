using System.Collections.Concurrent;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>Keeps every analytics event a test host publishes, for "emitted exactly once, with these fields" checks.</summary>
public sealed class CapturingEventSink : IEventSink
{
    public ConcurrentQueue<AnalyticsEvent> Events { get; } = new();

    public long Dropped => 0;

    public void Publish(AnalyticsEvent analyticsEvent) => Events.Enqueue(analyticsEvent);
}
