using Microsoft.EntityFrameworkCore;
using PenguinMails.Billing.Contracts;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Infrastructure.Persistence;

namespace PenguinMails.Deliverability.Infrastructure.Billing;

/// <summary>The current tenant's sending domains, for its plan's <c>max_domains</c>.</summary>
internal sealed class DomainUsage(DeliverabilityDbContext context) : IUsageCounter
{
    public string Limit => PlanLimit.Domains;

    public Task<int> CountAsync(CancellationToken cancellationToken) => context.SendingDomainRows.CountAsync(cancellationToken);
}

/// <summary>The current tenant's email accounts, for <c>max_email_accounts</c>.</summary>
internal sealed class EmailAccountUsage(DeliverabilityDbContext context) : IUsageCounter
{
    public string Limit => PlanLimit.EmailAccounts;

    public Task<int> CountAsync(CancellationToken cancellationToken) => context.EmailAccountRows.CountAsync(cancellationToken);
}

/// <summary>The current tenant's email accounts in warm-up (status <c>warming</c>), for <c>max_warmups</c>.</summary>
internal sealed class WarmupUsage(DeliverabilityDbContext context) : IUsageCounter
{
    public string Limit => PlanLimit.Warmups;

    public Task<int> CountAsync(CancellationToken cancellationToken) => context.EmailAccountRows.CountAsync(a => a.Status == EmailAccountStatus.Warming, cancellationToken);
}
