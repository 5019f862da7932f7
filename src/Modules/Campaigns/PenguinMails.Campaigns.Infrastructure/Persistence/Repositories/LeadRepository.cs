using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Repositories;

internal sealed class LeadRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Lead>(context), ILeadRepository
{
    public Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public Task<Lead?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM leads WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string email, CancellationToken cancellationToken) => Set.AnyAsync(l => l.Email == email, cancellationToken);

    public Task<int> CountAllAsync(CancellationToken cancellationToken) => Set.CountAsync(cancellationToken);

    public Task<List<Lead>> ListAsync(string? status, string? prefix, string? afterEmail, int take, CancellationToken cancellationToken)
    {
        var leads = Set.AsNoTracking();
        if (status is not null)
        {
            leads = leads.Where(l => l.Status == status);
        }

        if (prefix is not null)
        {
            var pattern = QueryableExtensions.PrefixPattern(prefix);
            leads = leads.Where(l => EF.Functions.Like(l.Email, pattern, "\\")
                                     || EF.Functions.Like(l.Name!.ToLower(), pattern, "\\")
                                     || EF.Functions.Like(l.Company!.ToLower(), pattern, "\\"));
        }

        if (afterEmail is not null)
        {
            leads = leads.Where(l => l.Email.CompareTo(afterEmail) > 0);
        }

        return leads.OrderBy(l => l.Email).Take(take).ToListAsync(cancellationToken);
    }
}
