using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>smtp_ip_addresses</c>.</summary>
internal sealed class SmtpIpAddress : Entity, IAggregateRoot, ICreationOrdered
{
    public const string Available = "available";
    public const string Assigned = "assigned";
    public const string Warming = "warming";
    public const string Warmed = "warmed";
    public const string Degraded = "degraded";
    public const string Quarantined = "quarantined";
    public const string Burned = "burned";

    public static readonly IReadOnlyList<string> ReputationStates = ["good", "fair", "poor", "critical"];

    /// <summary>
    /// available → assigned or warming → warmed; from any state but burned to degraded, quarantined or burned; a
    /// degraded or quarantined IP back to available once it recovers. burned is final.
    /// </summary>
    public static readonly StatusTransitions Transitions = new("An IP address", new Dictionary<string, string[]>
    {
        [Available] = [Assigned, Warming, Degraded, Quarantined, Burned],
        [Assigned] = [Warming, Warmed, Degraded, Quarantined, Burned],
        [Warming] = [Warmed, Degraded, Quarantined, Burned],
        [Warmed] = [Degraded, Quarantined, Burned],
        [Degraded] = [Available, Quarantined, Burned],
        [Quarantined] = [Available, Degraded, Burned],
        [Burned] = [],
    });

    private SmtpIpAddress()
    {
    }

    public Guid Id { get; private set; }

    public Guid? VpsInstanceId { get; private set; }

    public string IpAddress { get; private set; } = default!;

    public string Status { get; private set; } = default!;

    public string? ReputationState { get; private set; }

    public decimal? ApproximateCost { get; private set; }

    public DateTimeOffset? LastReputationCheck { get; private set; }

    public int AssignedCount { get; private set; }

    public Dictionary<string, BlacklistListing>? ProviderBlacklistStatus { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static SmtpIpAddress Create(Guid vpsInstanceId, string ipAddress, decimal? approximateCost, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        VpsInstanceId = vpsInstanceId,
        IpAddress = ipAddress,
        ApproximateCost = approximateCost,
        Status = Available,
        Created = now,
        Updated = now,
    };

    public void ChangeStatus(string status, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status!, status));
        Status = status;
        Updated = now;
    }

    /// <summary>A reputation check's result: the state, each provider's blacklist answer, when it was made.</summary>
    public void RecordReputation(string? reputationState, Dictionary<string, BlacklistListing>? blacklists, DateTimeOffset now)
    {
        ReputationState = reputationState;
        ProviderBlacklistStatus = blacklists;
        LastReputationCheck = now;
        Updated = now;
    }

    public void SetCost(decimal? approximateCost, DateTimeOffset now)
    {
        ApproximateCost = approximateCost;
        Updated = now;
    }

    /// <summary>A domain starts sending from this IP; an available IP becomes assigned. Burned and quarantined IPs take no domain.</summary>
    public void Assign(DateTimeOffset now)
    {
        CheckRule(new IpIsAssignableRule(this));
        AssignedCount++;
        if (Status == Available)
        {
            Status = Assigned;
        }

        Updated = now;
    }

    /// <summary>An assignment of this IP ended.</summary>
    public void Release(DateTimeOffset now)
    {
        AssignedCount = Math.Max(0, AssignedCount - 1);
        Updated = now;
    }

    private sealed class IpIsAssignableRule(SmtpIpAddress ip) : IBusinessRule
    {
        public string Code => "ip-not-assignable";

        public string Message => $"{ip.IpAddress} is {ip.Status}; burned and quarantined IP addresses cannot be assigned to a domain.";

        public bool IsBroken() => ip.Status is Burned or Quarantined;
    }
}
