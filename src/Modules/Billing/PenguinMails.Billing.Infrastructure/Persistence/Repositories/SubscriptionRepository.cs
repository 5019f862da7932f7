using Microsoft.EntityFrameworkCore;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure.Persistence.Repositories;

internal sealed class SubscriptionRepository(BillingDbContext context) : EfRepository<BillingDbContext, Subscription>(context), ISubscriptionRepository
{
    public Task<Subscription?> GetCurrentAsync(CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(s => s.Status != Subscription.Canceled, cancellationToken);

    public Task<List<Subscription>> LockDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken) =>
        Set.FromSql($"""
                SELECT * FROM subscriptions
                WHERE current_period_end <= {now} AND status <> 'canceled'
                ORDER BY current_period_end
                LIMIT {take}
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .ToListAsync(cancellationToken);
}

internal sealed class AddonRepository(BillingDbContext context) : EfRepository<BillingDbContext, SubscriptionAddon>(context), IAddonRepository
{
    public Task<List<SubscriptionAddon>> ListActiveAsync(Guid subscriptionId, CancellationToken cancellationToken) =>
        Set.Where(a => a.SubscriptionId == subscriptionId && a.IsActive).ToListAsync(cancellationToken);

    public Task<List<SubscriptionAddon>> ListActiveForAsync(IReadOnlyCollection<Guid> subscriptionIds, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(a => a.SubscriptionId != null && subscriptionIds.Contains(a.SubscriptionId.Value) && a.IsActive)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
}

internal sealed class PaymentRepository(BillingDbContext context) : EfRepository<BillingDbContext, Payment>(context), IPaymentRepository
{
    public Task<List<Payment>> ListAsync(DateTimeOffset? beforeCreated, Guid? beforeId, int take, CancellationToken cancellationToken)
    {
        var rows = Set.AsNoTracking();
        if (beforeCreated is { } created && beforeId is { } id)
        {
            rows = rows.Where(p => p.Created < created || (p.Created == created && p.Id.CompareTo(id) < 0));
        }

        return rows.OrderByDescending(p => p.Created).ThenByDescending(p => p.Id).Take(take).ToListAsync(cancellationToken);
    }
}
