using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>
/// A row of <c>tenant_invitations</c> (V4): an address without an account asked to join a tenant. Accepting
/// it creates the account; the membership follows at once, or after approval when the tenant's policy says so.
/// </summary>
internal sealed class TenantInvitation : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private TenantInvitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = default!;

    public string[] Roles { get; private set; } = default!;

    public InvitationStatus Status { get; private set; } = InvitationStatus.Pending;

    public Guid? InvitedBy { get; private set; }

    public Guid? UserId { get; private set; }

    public DateTimeOffset Expires { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static TenantInvitation Issue(Guid id, Guid tenantId, string email, IEnumerable<string> roles, Guid invitedBy, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = tenantId,
        Email = EmailAddress.Normalize(email),
        Roles = [.. TenantRoles.All.Where(roles.Contains)],
        Status = InvitationStatus.Pending,
        InvitedBy = invitedBy,
        Expires = now + Lifetime,
        Created = now,
        Updated = now,
    };

    public bool IsOpen(DateTimeOffset now) => Status == InvitationStatus.Pending && Expires > now;

    /// <summary>The invitee chose a password; with <paramref name="autoApprove"/> the membership starts now.</summary>
    public void Accept(Guid userId, bool autoApprove, DateTimeOffset now)
    {
        CheckRule(new InvitationIsOpenRule(this, now));
        UserId = userId;
        Status = autoApprove ? InvitationStatus.Accepted : InvitationStatus.AwaitingApproval;
        Updated = now;
    }

    public void Approve(DateTimeOffset now)
    {
        CheckRule(new InvitationAwaitsApprovalRule(this));
        Status = InvitationStatus.Accepted;
        Updated = now;
    }

    public void Revoke(DateTimeOffset now)
    {
        CheckRule(new InvitationNotSettledRule(this));
        Status = InvitationStatus.Revoked;
        Updated = now;
    }
}

/// <summary>Where an invitation stands (<c>tenant_invitations.status</c>), stored as its name.</summary>
internal sealed class InvitationStatus : NamedValue<InvitationStatus>
{
    public static readonly InvitationStatus Pending = new("pending");
    public static readonly InvitationStatus AwaitingApproval = new("awaiting_approval");
    public static readonly InvitationStatus Accepted = new("accepted");
    public static readonly InvitationStatus Revoked = new("revoked");

    private InvitationStatus(string name)
        : base(name)
    {
    }
}
