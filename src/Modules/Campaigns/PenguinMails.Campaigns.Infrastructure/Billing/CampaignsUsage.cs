using Microsoft.EntityFrameworkCore;
using PenguinMails.Billing.Contracts;
using PenguinMails.Campaigns.Infrastructure.Persistence;

namespace PenguinMails.Campaigns.Infrastructure.Billing;

/// <summary>The current tenant's leads, for its plan's <c>max_contacts</c>.</summary>
internal sealed class ContactUsage(CampaignsDbContext context) : IUsageCounter
{
    public string Limit => PlanLimit.Contacts;

    public Task<int> CountAsync(CancellationToken cancellationToken) => context.LeadRows.CountAsync(cancellationToken);
}

/// <summary>Campaigns the current tenant created this calendar month (UTC), for <c>max_campaigns_per_month</c>.</summary>
internal sealed class MonthlyCampaignUsage(CampaignsDbContext context, TimeProvider clock) : IUsageCounter
{
    public string Limit => PlanLimit.CampaignsPerMonth;

    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return context.CampaignRows.CountAsync(c => c.Created >= monthStart, cancellationToken);
    }
}

/// <summary>E-mails the current tenant sent this calendar month (UTC), for <c>max_emails_per_month</c> (the engine's claim holds the limit).</summary>
internal sealed class MonthlyEmailUsage(CampaignsDbContext context, TimeProvider clock) : IUsageCounter
{
    public string Limit => PlanLimit.EmailsPerMonth;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var month = new DateOnly(now.Year, now.Month, 1);
        return await context.MonthlySendsRows.Where(m => m.Month == month).Select(m => m.Sent).SingleOrDefaultAsync(cancellationToken);
    }
}
