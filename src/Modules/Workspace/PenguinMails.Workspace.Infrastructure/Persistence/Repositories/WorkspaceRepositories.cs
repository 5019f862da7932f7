using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Workspace.Application.Companies;
using PenguinMails.Workspace.Application.Configuration;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Infrastructure.Persistence.Repositories;

internal sealed class CompanyRepository(WorkspaceDbContext context) : EfRepository<WorkspaceDbContext, Company>(context), ICompanyRepository
{
    public Task<Company?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
}

internal sealed class TenantConfigRepository(WorkspaceDbContext context) : EfRepository<WorkspaceDbContext, TenantConfig>(context), ITenantConfigRepository
{
    public Task<TenantConfig?> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(c => c.TenantId == tenantId, cancellationToken);
}
