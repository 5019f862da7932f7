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

    public Task<List<Company>> ListAsync(string? status, string? text, DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var companies = Set.AsNoTracking();
        if (status is not null)
        {
            companies = companies.Where(c => c.Status == status);
        }

        if (text is not null)
        {
            var pattern = QueryableExtensions.ContainsPattern(text);
            companies = companies.Where(c => EF.Functions.ILike(c.Name, pattern, "\\") || EF.Functions.ILike(c.WorkspaceName!, pattern, "\\"));
        }

        return companies.CreationPageAsync(afterCreated, afterId, take, cancellationToken);
    }
}

internal sealed class TenantConfigRepository(WorkspaceDbContext context) : EfRepository<WorkspaceDbContext, TenantConfig>(context), ITenantConfigRepository
{
    public Task<TenantConfig?> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(c => c.TenantId == tenantId, cancellationToken);
}
