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
            var pattern = "%" + EscapeLike(text) + "%";
            companies = companies.Where(c => EF.Functions.ILike(c.Name, pattern, "\\") || EF.Functions.ILike(c.WorkspaceName!, pattern, "\\"));
        }

        if (afterCreated is { } created && afterId is { } id)
        {
            companies = companies.Where(c => c.Created > created || (c.Created == created && c.Id.CompareTo(id) > 0));
        }

        return companies.OrderBy(c => c.Created).ThenBy(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    // The client's text is matched literally: % and _ are not wildcards.
    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

internal sealed class TenantConfigRepository(WorkspaceDbContext context) : EfRepository<WorkspaceDbContext, TenantConfig>(context), ITenantConfigRepository
{
    public Task<TenantConfig?> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(c => c.TenantId == tenantId, cancellationToken);
}
