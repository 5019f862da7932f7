using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Repositories;

internal sealed class CampaignRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Campaign>(context), ICampaignRepository
{
    public Task<Campaign?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Campaign?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM campaigns WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public async Task<Campaign?> GetWithStepsForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        var campaign = await GetForUpdateAsync(id, cancellationToken);
        if (campaign is not null)
        {
            await Context.Entry(campaign).Collection(c => c.Steps).LoadAsync(cancellationToken);
        }

        return campaign;
    }

    public Task<Campaign?> ClaimDueScheduledAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Set.FromSql($"""
                SELECT * FROM campaigns
                WHERE status = {CampaignStatus.Scheduled.Name} AND scheduled <= {now}
                ORDER BY scheduled
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(cancellationToken);

    public Task<int> CountCreatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Set.CountAsync(c => c.Created >= since, cancellationToken);

    public async Task<bool> RecordExecutionAsync(Guid stepId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Context.CampaignSequenceStepRows.Where(s => s.Id == stepId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExecutedCount, x => x.ExecutedCount + 1).SetProperty(x => x.LastExecuted, now), cancellationToken) == 1;
}
