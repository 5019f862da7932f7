using System.Diagnostics.Metrics;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// The "PenguinMails" meter, beside ASP.NET Core's, Npgsql's and the runtime's: what <c>dotnet-counters monitor</c>
/// shows of the platform's own signals (README, "Metrics").
/// </summary>
internal sealed class PenguinMailsMetrics
{
    public const string MeterName = "PenguinMails";

    private readonly Counter<long> _securityEvents;
    private readonly Counter<long> _connectionLeaks;

    public PenguinMailsMetrics(IMeterFactory meters, IEventSink sink)
    {
        Meter = meters.Create(MeterName);
        Meter.CreateObservableCounter("penguinmails.events.dropped", () => sink.Dropped, "{event}", "Analytics events dropped because the sink's buffer was full.");
        _securityEvents = Meter.CreateCounter<long>("penguinmails.security.events", "{event}", "Security events recorded, by event and reason.");
        _connectionLeaks = Meter.CreateCounter<long>("penguinmails.db.connection.leaks", "{connection}", "Connections found held past the leak threshold.");
    }

    /// <summary>For observable instruments whose owners hold the state (the sink's drops, open connection leases).</summary>
    public Meter Meter { get; }

    public void SecurityEventRecorded(string name, string reason) =>
        _securityEvents.Add(1, new KeyValuePair<string, object?>("event", name), new KeyValuePair<string, object?>("reason", reason));

    public void ConnectionLeakFound(string pool) => _connectionLeaks.Add(1, new KeyValuePair<string, object?>("pool", pool));
}
