using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Infrastructure.Persistence;

/// <summary>The Staff module's tables: staff_members, staff_roles, staff_role_permissions, permissions, system_config, feature_flags.</summary>
internal sealed class StaffDbContext(DbContextOptions<StaffDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<StaffMember> StaffMemberRows => Set<StaffMember>();

    public DbSet<StaffRole> StaffRoleRows => Set<StaffRole>();

    public DbSet<StaffRolePermission> StaffRolePermissionRows => Set<StaffRolePermission>();

    public DbSet<Permission> PermissionRows => Set<Permission>();

    public DbSet<SystemConfig> SystemConfigRows => Set<SystemConfig>();

    public DbSet<FeatureFlag> FeatureFlagRows => Set<FeatureFlag>();
}
