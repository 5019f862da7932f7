namespace PenguinMails.BuildingBlocks.Application.Observability;

/// <summary>
/// An event for the external analytics platform the schema guide moves monitoring to. <see cref="Properties"/> never
/// holds a secret: callers pass identifiers and reasons, not credentials or bodies.
/// </summary>
public sealed record AnalyticsEvent(string Name, DateTimeOffset Time, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// Where events go. <see cref="Publish"/> only enqueues: it never waits on I/O, and when the buffer is full the
/// event is dropped and counted rather than slowing the caller.
/// </summary>
public interface IEventSink
{
    void Publish(AnalyticsEvent analyticsEvent);

    /// <summary>Events dropped because the buffer was full.</summary>
    long Dropped { get; }
}
