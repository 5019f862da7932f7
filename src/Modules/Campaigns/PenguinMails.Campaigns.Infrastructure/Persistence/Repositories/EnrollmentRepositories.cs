using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Application.Suppressions;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Repositories;

internal sealed class EnrollmentRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Enrollment>(context), IEnrollmentRepository
{
    public async Task<Enrollment?> GetForUpdateAsync(Guid campaignId, Guid leadId, CancellationToken cancellationToken)
    {
        var enrollment = await Set.FromSql($"SELECT * FROM campaign_leads WHERE campaign_id = {campaignId} AND lead_id = {leadId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (enrollment is not null)
        {
            await Context.Entry(enrollment).Reference(e => e.Lead).LoadAsync(cancellationToken);
        }

        return enrollment;
    }
}

internal sealed class SuppressionRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Suppression>(context), ISuppressionRepository
{
    public Task<Suppression?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM suppressions WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string value, CancellationToken cancellationToken) => Set.AnyAsync(s => s.Value == value, cancellationToken);
}
