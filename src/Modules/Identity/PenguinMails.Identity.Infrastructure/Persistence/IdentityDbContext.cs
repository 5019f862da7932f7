using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence;

/// <summary>The Identity module's tables: users, tenants, tenant_users, user_preferences, tenant_policies.</summary>
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<User> UserRows => Set<User>();

    public DbSet<Tenant> TenantRows => Set<Tenant>();

    public DbSet<TenantUser> TenantUserRows => Set<TenantUser>();

    public DbSet<UserPreferences> UserPreferencesRows => Set<UserPreferences>();

    public DbSet<TenantPolicies> TenantPoliciesRows => Set<TenantPolicies>();
}
