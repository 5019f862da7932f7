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

    public DbSet<ApiKey> ApiKeyRows => Set<ApiKey>();

    /// <summary>
    /// The schema's foreign keys inside this module, without navigations: they let EF Core order one SaveChanges'
    /// inserts parents first (a new user and tenant before their membership, credentials and policies).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<TenantUser>().HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId);
        modelBuilder.Entity<TenantUser>().HasOne<User>().WithMany().HasForeignKey(m => m.UserId);
        modelBuilder.Entity<TenantPolicies>().HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId);
        modelBuilder.Entity<UserPreferences>().HasOne<User>().WithMany().HasForeignKey(p => p.UserId);
        modelBuilder.Entity<UserCredential>().HasOne<User>().WithMany().HasForeignKey(c => c.UserId);
        modelBuilder.Entity<UserSession>().HasOne<User>().WithMany().HasForeignKey(s => s.UserId);
        modelBuilder.Entity<TenantInvitation>().HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId);
        modelBuilder.Entity<TenantInvitation>().HasOne<User>().WithMany().HasForeignKey(i => i.UserId);
        modelBuilder.Entity<ApiKey>().HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId);
    }
}
