using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Staff.Application;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Infrastructure.Persistence.Repositories;

internal sealed class StaffMemberRepository(StaffDbContext context) : EfRepository<StaffDbContext, StaffMember>(context), IStaffMemberRepository
{
    public Task<StaffMember?> GetAsync(Guid userId, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);

    public Task<int> CountInRoleAsync(int roleId, CancellationToken cancellationToken) => Set.CountAsync(m => m.RoleId == roleId, cancellationToken);

    public Task<List<StaffMemberDto>> ListAsync(CancellationToken cancellationToken) => Dtos(Set).ToListAsync(cancellationToken);

    public Task<StaffMemberDto?> GetDtoAsync(Guid userId, CancellationToken cancellationToken) =>
        Dtos(Set.Where(m => m.UserId == userId)).SingleOrDefaultAsync(cancellationToken);

    private IQueryable<StaffMemberDto> Dtos(IQueryable<StaffMember> members) =>
        from m in members.OrderBy(m => m.Created).ThenBy(m => m.UserId)
        join r in Context.StaffRoleRows on m.RoleId equals (int?)r.Id into roles
        from r in roles.DefaultIfEmpty()
        select new StaffMemberDto(m.UserId, m.RoleId, r == null ? null : r.Name, m.Notes, m.Created, m.Updated);
}

internal sealed class StaffRoleRepository(StaffDbContext context) : EfRepository<StaffDbContext, StaffRole>(context), IStaffRoleRepository
{
    public Task<StaffRole?> GetAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<StaffRole?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = name.Trim().ToLowerInvariant();
        return Set.SingleOrDefaultAsync(r => r.Name == normalized, cancellationToken);
    }

    public async Task<List<StaffRoleDto>> ListAsync(CancellationToken cancellationToken)
    {
        var grants = await (from g in Context.StaffRolePermissionRows
                            join p in Context.PermissionRows on g.PermissionId equals p.Id
                            select new { g.RoleId, p.Name }).ToListAsync(cancellationToken);
        var byRole = grants.ToLookup(g => g.RoleId, g => g.Name);
        return (await Set.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => new StaffRoleDto(r.Id, r.Name, r.Description, [.. byRole[r.Id].Order()], r.Created))
            .ToList();
    }

    public Task<List<Permission>> PermissionsAsync(CancellationToken cancellationToken) => Context.PermissionRows.AsNoTracking().ToListAsync(cancellationToken);
}

internal sealed class SystemConfigRepository(StaffDbContext context) : EfRepository<StaffDbContext, SystemConfig>(context), ISystemConfigRepository
{
    public Task<SystemConfig?> GetAsync(string key, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(c => c.Key == key, cancellationToken);

    public Task<List<SystemConfig>> ListAsync(CancellationToken cancellationToken) => Set.AsNoTracking().OrderBy(c => c.Category).ThenBy(c => c.Key).ToListAsync(cancellationToken);
}

internal sealed class FeatureFlagRepository(StaffDbContext context) : EfRepository<StaffDbContext, FeatureFlag>(context), IFeatureFlagRepository
{
    public Task<FeatureFlag?> GetAsync(string key, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(f => f.Key == key, cancellationToken);

    public Task<List<FeatureFlag>> ListAsync(CancellationToken cancellationToken) => Set.AsNoTracking().OrderBy(f => f.Key).ToListAsync(cancellationToken);
}
