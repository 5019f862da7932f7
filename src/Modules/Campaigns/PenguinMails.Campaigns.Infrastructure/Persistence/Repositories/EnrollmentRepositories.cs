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

    // One statement: the enrolled count rides along as the row of the empty name.
    public async Task<(int Due, DateTimeOffset? NextDue)> DueAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = EnrollmentStatus.Active;
        var row = await Set.Where(e => e.CampaignId == campaignId && e.Status == active)
            .GroupBy(_ => 1)
            .Select(g => new { Due = g.Count(e => e.NextSendAt <= now), Next = g.Min(e => e.NextSendAt) })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? (0, null) : (row.Due, row.Next);
    }

    public async Task<LeadsLacking> CountLeadsLackingAsync(Guid campaignId, IReadOnlyList<string> customFields, CancellationToken cancellationToken)
    {
        string[] names = [.. customFields];
        string[] live = [EnrollmentStatus.Active.Name, EnrollmentStatus.Paused.Name];
        var rows = await Context.Database.SqlQuery<FieldCount>($"""
                SELECT n.name, count(e.id) FILTER (WHERE n.name = '' OR l.custom_fields ->> n.name IS NULL)::int AS leads
                FROM unnest(array_append({names}::text[], '')) AS n(name)
                LEFT JOIN campaign_leads e ON e.campaign_id = {campaignId} AND e.status = ANY({live})
                LEFT JOIN leads l ON l.id = e.lead_id
                GROUP BY n.name
                """).ToListAsync(cancellationToken);
        return new LeadsLacking(rows.Single(r => r.Name.Length == 0).Leads, rows.Where(r => r.Name.Length > 0).ToDictionary(r => r.Name, r => r.Leads));
    }

    private sealed record FieldCount(string Name, int Leads);
}

internal sealed class SuppressionRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Suppression>(context), ISuppressionRepository
{
    public Task<Suppression?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM suppressions WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string value, CancellationToken cancellationToken) => Set.AnyAsync(s => s.Value == value, cancellationToken);
}
