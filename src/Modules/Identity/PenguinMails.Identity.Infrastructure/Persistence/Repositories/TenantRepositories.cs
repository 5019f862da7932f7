using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Repositories;

internal sealed class TenantRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, Tenant>(context), ITenantRepository
{
    public Task<Tenant?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
}

internal sealed class TenantPoliciesRepository(IdentityDbContext context)
    : EfRepository<IdentityDbContext, TenantPolicies>(context), ITenantPoliciesRepository
{
    public Task<TenantPolicies?> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
}

internal sealed class MembershipRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, TenantUser>(context), IMembershipRepository
{
    public Task<TenantUser?> GetAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == userId, cancellationToken);

    public async Task<int> CountSeatsAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Set.CountAsync(m => m.TenantId == tenantId && m.Deleted == null, cancellationToken)
        + await Context.TenantInvitationRows.CountAsync(
            i => i.TenantId == tenantId
                 && ((i.Status == InvitationStatus.Pending && i.Expires > now) || i.Status == InvitationStatus.AwaitingApproval), cancellationToken);

    public Task<int> CountActiveOwnersAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Set.CountAsync(m => m.TenantId == tenantId && m.Deleted == null && m.Roles.Contains("owner"), cancellationToken);

    // The user's own memberships in every tenant: the tenant filter is lifted, and the self-read policy
    // (tenant_users_self_read) is what lets PostgreSQL return them.
    public Task<List<MembershipDto>> ListForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        ActiveMembershipsOf(userId)
            .Join(Context.TenantRows.Where(t => t.Deleted == null), m => m.TenantId, t => t.Id, (m, t) => new { m, t })
            .OrderBy(x => x.m.Created).ThenBy(x => x.m.TenantId)
            .Select(x => new MembershipDto(x.t.Id, x.t.Name, x.m.Roles, x.m.Created))
            .ToListAsync(cancellationToken);

    public Task<List<MemberDto>> ListMembersAsync(Guid tenantId, DateTimeOffset? afterCreated, Guid? afterUserId, int take, CancellationToken cancellationToken)
    {
        var members = Set.Where(m => m.TenantId == tenantId && m.Deleted == null);
        if (afterCreated is { } created && afterUserId is { } userId)
        {
            members = members.Where(m => m.Created > created || (m.Created == created && m.UserId.CompareTo(userId) > 0));
        }

        return ToMemberDtos(members.OrderBy(m => m.Created).ThenBy(m => m.UserId).Take(take)).ToListAsync(cancellationToken);
    }

    public Task<MemberDto?> GetMemberAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        ToMemberDtos(Set.Where(m => m.TenantId == tenantId && m.UserId == userId && m.Deleted == null)).SingleOrDefaultAsync(cancellationToken);

    private IQueryable<MemberDto> ToMemberDtos(IQueryable<TenantUser> members) =>
        members.Join(Context.UserRows, m => m.UserId, u => u.Id,
            (m, u) => new MemberDto(u.Id, u.Email, u.Name, m.Roles, u.EmailVerified != null, m.Created));

    private IQueryable<TenantUser> ActiveMembershipsOf(Guid userId) =>
        Set.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).Where(m => m.UserId == userId && m.Deleted == null);
}

internal sealed class InvitationRepository(IdentityDbContext context)
    : EfRepository<IdentityDbContext, TenantInvitation>(context), IInvitationRepository
{
    public Task<TenantInvitation?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<TenantInvitation?> FindUnsettledAsync(Guid tenantId, string normalizedEmail, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(i => i.TenantId == tenantId && i.Email.ToLower() == normalizedEmail
                          && (i.Status == InvitationStatus.Pending || i.Status == InvitationStatus.AwaitingApproval), cancellationToken);
}
