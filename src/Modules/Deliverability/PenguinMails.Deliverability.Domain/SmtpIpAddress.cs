using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>smtp_ip_addresses</c>.</summary>
internal sealed class SmtpIpAddress : Entity, IAggregateRoot, ICreationOrdered
{
    /// <summary>
    /// available → assigned or warming → warmed; from any state but burned to degraded, quarantined or burned; a
    /// degraded or quarantined IP back to available once it recovers. burned is final.
    /// </summary>
    public static readonly StatusTransitions<SmtpIpStatus> Transitions = new("An IP address", new Dictionary<SmtpIpStatus, SmtpIpStatus[]>
    {
        [SmtpIpStatus.Available] = [SmtpIpStatus.Assigned, SmtpIpStatus.Warming, SmtpIpStatus.Degraded, SmtpIpStatus.Quarantined, SmtpIpStatus.Burned],
        [SmtpIpStatus.Assigned] = [SmtpIpStatus.Warming, SmtpIpStatus.Warmed, SmtpIpStatus.Degraded, SmtpIpStatus.Quarantined, SmtpIpStatus.Burned],
        [SmtpIpStatus.Warming] = [SmtpIpStatus.Warmed, SmtpIpStatus.Degraded, SmtpIpStatus.Quarantined, SmtpIpStatus.Burned],
        [SmtpIpStatus.Warmed] = [SmtpIpStatus.Degraded, SmtpIpStatus.Quarantined, SmtpIpStatus.Burned],
        [SmtpIpStatus.Degraded] = [SmtpIpStatus.Available, SmtpIpStatus.Quarantined, SmtpIpStatus.Burned],
        [SmtpIpStatus.Quarantined] = [SmtpIpStatus.Available, SmtpIpStatus.Degraded, SmtpIpStatus.Burned],
        [SmtpIpStatus.Burned] = [],
    });

    private SmtpIpAddress()
    {
    }

    public Guid Id { get; private set; }

    public Guid? VpsInstanceId { get; private set; }

    public string IpAddress { get; private set; } = default!;

    public SmtpIpStatus Status { get; private set; } = SmtpIpStatus.Available;

    public ReputationState? ReputationState { get; private set; }

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
        Created = now,
        Updated = now,
    };

    public void ChangeStatus(SmtpIpStatus status, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status, status));
        Status = status;
        Updated = now;
    }

    /// <summary>A reputation check's result: the state, each provider's blacklist answer, when it was made.</summary>
    public void RecordReputation(ReputationState? reputationState, Dictionary<string, BlacklistListing>? blacklists, DateTimeOffset now)
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
        if (Status == SmtpIpStatus.Available)
        {
            Status = SmtpIpStatus.Assigned;
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

        public bool IsBroken() => ip.Status == SmtpIpStatus.Burned || ip.Status == SmtpIpStatus.Quarantined;
    }
}

/// <summary>Where an IP address is in its life (<c>smtp_ip_addresses.status</c>), stored as its name.</summary>
internal sealed class SmtpIpStatus : NamedValue<SmtpIpStatus>
{
    public static readonly SmtpIpStatus Available = new("available");
    public static readonly SmtpIpStatus Assigned = new("assigned");
    public static readonly SmtpIpStatus Warming = new("warming");
    public static readonly SmtpIpStatus Warmed = new("warmed");
    public static readonly SmtpIpStatus Degraded = new("degraded");
    public static readonly SmtpIpStatus Quarantined = new("quarantined");
    public static readonly SmtpIpStatus Burned = new("burned");

    private SmtpIpStatus(string name)
        : base(name)
    {
    }
}

/// <summary>How mailbox providers rate an IP address (<c>smtp_ip_addresses.reputation_state</c>), stored as its name.</summary>
internal sealed class ReputationState : NamedValue<ReputationState>
{
    public static readonly ReputationState Good = new("good");
    public static readonly ReputationState Fair = new("fair");
    public static readonly ReputationState Poor = new("poor");
    public static readonly ReputationState Critical = new("critical");

    private ReputationState(string name)
        : base(name)
    {
    }
}
