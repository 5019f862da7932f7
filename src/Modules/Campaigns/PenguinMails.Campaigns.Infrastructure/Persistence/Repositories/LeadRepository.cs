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

    public async Task<IReadOnlyList<string>> CustomFieldNamesAsync(LeadStatus? status, CancellationToken cancellationToken) =>
        await Context.Database.SqlQuery<string>($$"""
                SELECT DISTINCT jsonb_object_keys(custom_fields) AS "Value" FROM leads
                WHERE custom_fields <> '{}'::jsonb AND ({{status?.Name}}::text IS NULL OR status = {{status?.Name}})
                ORDER BY 1
                """).ToListAsync(cancellationToken);
}
