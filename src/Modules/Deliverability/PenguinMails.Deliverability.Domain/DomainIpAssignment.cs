using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>domain_ip_assignments</c>.</summary>
internal sealed class DomainIpAssignment : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    /// <summary>scheduled → warming or active; warming → active; anything → expired, which is final.</summary>
    public static readonly StatusTransitions<AssignmentStatus> Transitions = new("An assignment", new Dictionary<AssignmentStatus, AssignmentStatus[]>
    {
        [AssignmentStatus.Scheduled] = [AssignmentStatus.Warming, AssignmentStatus.Active, AssignmentStatus.Expired],
        [AssignmentStatus.Warming] = [AssignmentStatus.Active, AssignmentStatus.Expired],
        [AssignmentStatus.Active] = [AssignmentStatus.Expired],
        [AssignmentStatus.Expired] = [],
    });

    /// <summary>unwarmed → warming → warmed.</summary>
    public static readonly StatusTransitions<WarmupState> WarmupTransitions = new("An assignment's warm-up", new Dictionary<WarmupState, WarmupState[]>
    {
        [WarmupState.Unwarmed] = [WarmupState.Warming],
        [WarmupState.Warming] = [WarmupState.Warmed],
        [WarmupState.Warmed] = [],
    });

    private DomainIpAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid DomainId { get; private set; }

    public Guid SmtpIpAddressId { get; private set; }

    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Scheduled;

    public DateTimeOffset Assigned { get; private set; }

    public DateTimeOffset? Expires { get; private set; }

    public WarmupState? WarmupState { get; private set; }

    public DateTimeOffset? LastSent { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public Guid TenantId { get; private set; }

    public bool IsLive => Status != AssignmentStatus.Expired;

    /// <summary>The IP's counter is raised by <see cref="SmtpIpAddress.Assign"/>, which refuses burned and quarantined IPs.</summary>
    public static DomainIpAssignment Create(SendingDomain domain, SmtpIpAddress ip, AssignmentStatus status, DateTimeOffset? expires, DateTimeOffset now)
    {
        ip.Assign(now);
        return new DomainIpAssignment
        {
            Id = Guid.CreateVersion7(),
            TenantId = domain.TenantId,
            DomainId = domain.Id,
            SmtpIpAddressId = ip.Id,
            Status = status,
            WarmupState = status == AssignmentStatus.Warming ? WarmupState.Warming : WarmupState.Unwarmed,
            Assigned = now,
            Expires = expires,
            Created = now,
            Updated = now,
        };
    }

    /// <summary>Moves the assignment; expiring it frees its place on the IP.</summary>
    public void ChangeStatus(AssignmentStatus status, SmtpIpAddress ip, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status, status));
        if (status == AssignmentStatus.Expired)
        {
            ip.Release(now);
            Expires ??= now;
        }

        Status = status;
        Updated = now;
    }

    public void ChangeWarmup(WarmupState warmupState, DateTimeOffset now)
    {
        CheckRule(WarmupTransitions.Rule(WarmupState ?? WarmupState.Unwarmed, warmupState));
        WarmupState = warmupState;
        Updated = now;
    }

    public void SetExpiry(DateTimeOffset? expires, DateTimeOffset now)
    {
        Expires = expires;
        Updated = now;
    }
}

/// <summary>Whether an assignment serves its domain (<c>domain_ip_assignments.status</c>), stored as its name.</summary>
internal sealed class AssignmentStatus : NamedValue<AssignmentStatus>
{
    public static readonly AssignmentStatus Active = new("active");
    public static readonly AssignmentStatus Warming = new("warming");
    public static readonly AssignmentStatus Scheduled = new("scheduled");
    public static readonly AssignmentStatus Expired = new("expired");

    /// <summary>The statuses an assignment may start in: it is never created expired.</summary>
    public static readonly IReadOnlyList<string> InitialNames = [Active.Name, Warming.Name, Scheduled.Name];

    private AssignmentStatus(string name)
        : base(name)
    {
    }
}

/// <summary>How far a domain's warm-up on an IP has come (<c>domain_ip_assignments.warmup_state</c>), stored as its name.</summary>
internal sealed class WarmupState : NamedValue<WarmupState>
{
    public static readonly WarmupState Unwarmed = new("unwarmed");
    public static readonly WarmupState Warming = new("warming");
    public static readonly WarmupState Warmed = new("warmed");

    private WarmupState(string name)
        : base(name)
    {
    }
}
