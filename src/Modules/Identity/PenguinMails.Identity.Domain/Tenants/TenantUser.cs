using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A membership: a user's roles in a tenant. Removal is a soft delete; adding the user again revives it.</summary>
internal sealed class TenantUser : Entity, IAggregateRoot, ITenantOwned
{
    private TenantUser()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public DateTimeOffset? Deleted { get; private set; }

    public string[] Roles { get; private set; } = default!;

    public string? Email { get; private set; }

    public bool IsActive => Deleted is null;

    public bool IsOwner => IsActive && Roles.Contains(TenantRoles.Owner);

    public static TenantUser Create(Guid tenantId, Guid userId, string email, IEnumerable<string> roles, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        UserId = userId,
        Email = EmailAddress.Normalize(email),
        Roles = Distinct(roles),
        Created = now,
        Updated = now,
    };

    /// <summary>Changes the roles; the tenant's last owner cannot stop being one.</summary>
    public void ChangeRoles(IEnumerable<string> roles, int activeOwners, DateTimeOffset now)
    {
        var newRoles = Distinct(roles);
        CheckRule(new TenantKeepsAnOwnerRule(this, activeOwners, newRoles.Contains(TenantRoles.Owner)));
        var wasManager = IsManager;
        Roles = newRoles;
        Updated = now;
        if (wasManager && !IsManager)
        {
            Raise(new MemberStoppedManaging(TenantId, UserId, now));
        }
    }

    /// <summary>Removes the member (soft delete); the tenant's last owner cannot leave.</summary>
    public void Remove(int activeOwners, DateTimeOffset now)
    {
        CheckRule(new TenantKeepsAnOwnerRule(this, activeOwners, remainsOwner: false));
        Deleted = now;
        Updated = now;
        Raise(new MemberStoppedManaging(TenantId, UserId, now));
    }

    /// <summary>A removed member added again comes back with the roles given now.</summary>
    public void Rejoin(string email, IEnumerable<string> roles, DateTimeOffset now)
    {
        Deleted = null;
        Email = EmailAddress.Normalize(email);
        Roles = Distinct(roles);
        Updated = now;
    }

    private bool IsManager => TenantRoles.Managers.Any(Roles.Contains);

    // Stored in the documented order (owner, admin, member), each once.
    private static string[] Distinct(IEnumerable<string> roles) =>
        [.. TenantRoles.All.Where(roles.Contains)];
}

/// <summary>
/// A member is no longer an owner or admin of the tenant (removed, left, or demoted): what they could delegate, such as
/// the API keys they created, must not outlive that (ADR 0023).
/// </summary>
internal sealed record MemberStoppedManaging(Guid TenantId, Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;
