using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Infrastructure.Persistence;

/// <summary>The Workspace module's tables: companies, tenant_config.</summary>
internal sealed class WorkspaceDbContext(DbContextOptions<WorkspaceDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<Company> CompanyRows => Set<Company>();

    public DbSet<TenantConfig> TenantConfigRows => Set<TenantConfig>();
}
