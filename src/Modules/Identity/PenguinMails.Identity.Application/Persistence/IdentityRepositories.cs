using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Persistence;

internal interface IUserRepository : IRepository<User>
{
    Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<User?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> EmailExistsAsync(string normalizedEmail, CancellationToken cancellationToken);
}

internal interface IUserCredentialRepository : IRepository<UserCredential>
{
    /// <summary>The caller's own credentials (row-level security shows no one else's).</summary>
    Task<UserCredential?> GetAsync(Guid userId, CancellationToken cancellationToken);
}

internal interface IUserSessionRepository : IRepository<UserSession>
{
    Task<UserSession?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Revokes every live session of the user except <paramref name="keep"/>, in one statement.</summary>
    Task RevokeOthersAsync(Guid userId, Guid? keep, DateTimeOffset now, CancellationToken cancellationToken);
}

internal interface IUserPreferencesRepository : IRepository<UserPreferences>
{
    Task<UserPreferences?> GetForUserAsync(Guid userId, CancellationToken cancellationToken);
}

internal interface ITenantRepository : IRepository<Tenant>
{
    Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken);
}

internal interface ITenantPoliciesRepository : IRepository<TenantPolicies>
{
    Task<TenantPolicies?> GetAsync(Guid tenantId, CancellationToken cancellationToken);
}

internal interface IMembershipRepository : IRepository<TenantUser>
{
    /// <summary>The membership of the user in the current tenant, removed ones included.</summary>
    Task<TenantUser?> GetAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Seats taken in the tenant: active members plus invitations awaiting approval or pending and unexpired at <paramref name="now"/>.</summary>
    Task<int> CountSeatsAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> CountActiveOwnersAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>The user's active memberships in tenants that exist, with the tenants' names (the user's own rows).</summary>
    Task<List<MembershipDto>> ListForUserAsync(Guid userId, CancellationToken cancellationToken);


    /// <summary>A page of the current tenant's active members in (created, user id) order, after the given position.</summary>
    Task<List<MemberDto>> ListMembersAsync(Guid tenantId, DateTimeOffset? afterCreated, Guid? afterUserId, int take, CancellationToken cancellationToken);

    Task<MemberDto?> GetMemberAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken);
}

internal static class MembershipRepositoryExtensions
{
    /// <summary>The user's active membership in the tenant; a removed or unknown member is not found (404).</summary>
    public static async Task<TenantUser> GetActiveAsync(this IMembershipRepository memberships, Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        await memberships.GetAsync(tenantId, userId, cancellationToken) is { IsActive: true } membership
            ? membership
            : throw NotFoundException.For("member", userId);

    /// <summary>Starts the membership an accepted invitation grants: a new row, or a removed member's row back in use.</summary>
    public static async Task JoinAsync(this IMembershipRepository memberships, TenantInvitation invitation, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await memberships.GetAsync(invitation.TenantId, userId, cancellationToken) is { } earlier)
        {
            earlier.Rejoin(invitation.Email, invitation.Roles, now);
        }
        else
        {
            memberships.Add(TenantUser.Create(invitation.TenantId, userId, invitation.Email, invitation.Roles, now));
        }
    }
}

internal interface IInvitationRepository : IRepository<TenantInvitation>
{
    Task<TenantInvitation?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The invitation of this address still pending or awaiting approval (expired ones included), if any.</summary>
    Task<TenantInvitation?> FindUnsettledAsync(Guid tenantId, string normalizedEmail, CancellationToken cancellationToken);
}
