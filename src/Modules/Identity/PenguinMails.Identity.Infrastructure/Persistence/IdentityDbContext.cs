using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence;

/// <summary>The Identity module's tables: users, tenants, tenant_users, user_preferences, tenant_policies, and V4's
/// user_credentials, user_sessions and tenant_invitations.</summary>
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<User> UserRows => Set<User>();

    public DbSet<Tenant> TenantRows => Set<Tenant>();

    public DbSet<TenantUser> TenantUserRows => Set<TenantUser>();

    public DbSet<UserPreferences> UserPreferencesRows => Set<UserPreferences>();

    public DbSet<TenantPolicies> TenantPoliciesRows => Set<TenantPolicies>();

    public DbSet<UserCredential> UserCredentialRows => Set<UserCredential>();

    public DbSet<UserSession> UserSessionRows => Set<UserSession>();

    public DbSet<TenantInvitation> TenantInvitationRows => Set<TenantInvitation>();
}
