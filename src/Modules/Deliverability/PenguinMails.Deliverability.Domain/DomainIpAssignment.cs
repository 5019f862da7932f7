using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>domain_ip_assignments</c>.</summary>
internal sealed class DomainIpAssignment : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public const string Active = "active";
    public const string Warming = "warming";
    public const string Scheduled = "scheduled";
    public const string Expired = "expired";

    /// <summary>scheduled → warming or active; warming → active; anything → expired, which is final.</summary>
    public static readonly StatusTransitions Transitions = new("An assignment", new Dictionary<string, string[]>
    {
        [Scheduled] = [Warming, Active, Expired],
        [Warming] = [Active, Expired],
        [Active] = [Expired],
        [Expired] = [],
    });

    /// <summary>unwarmed → warming → warmed.</summary>
    public static readonly StatusTransitions WarmupTransitions = new("An assignment's warm-up", new Dictionary<string, string[]>
    {
        ["unwarmed"] = ["warming"],
        ["warming"] = ["warmed"],
        ["warmed"] = [],
    });

    private DomainIpAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid? DomainId { get; private set; }

    public Guid? SmtpIpAddressId { get; private set; }

    public string Status { get; private set; } = default!;

    public DateTimeOffset Assigned { get; private set; }

    public DateTimeOffset? Expires { get; private set; }

    public string? WarmupState { get; private set; }

    public DateTimeOffset? LastSent { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public Guid TenantId { get; private set; }

    public bool IsLive => Status != Expired;

    /// <summary>The IP's counter is raised by <see cref="SmtpIpAddress.Assign"/>, which refuses burned and quarantined IPs.</summary>
    public static DomainIpAssignment Create(SendingDomain domain, SmtpIpAddress ip, string status, DateTimeOffset? expires, DateTimeOffset now)
    {
        ip.Assign(now);
        return new DomainIpAssignment
        {
            Id = Guid.CreateVersion7(),
            TenantId = domain.TenantId,
            DomainId = domain.Id,
            SmtpIpAddressId = ip.Id,
            Status = status,
            WarmupState = status == Warming ? "warming" : "unwarmed",
            Assigned = now,
            Expires = expires,
            Created = now,
            Updated = now,
        };
    }

    /// <summary>Moves the assignment; expiring it frees its place on the IP.</summary>
    public void ChangeStatus(string status, SmtpIpAddress ip, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status!, status));
        if (status == Expired)
        {
            ip.Release(now);
            Expires ??= now;
        }

        Status = status;
        Updated = now;
    }

    public void ChangeWarmup(string warmupState, DateTimeOffset now)
    {
        CheckRule(WarmupTransitions.Rule(WarmupState ?? "unwarmed", warmupState));
        WarmupState = warmupState;
        Updated = now;
    }

    public void SetExpiry(DateTimeOffset? expires, DateTimeOffset now)
    {
        Expires = expires;
        Updated = now;
    }
}
