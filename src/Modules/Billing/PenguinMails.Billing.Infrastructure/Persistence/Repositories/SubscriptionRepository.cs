using Microsoft.EntityFrameworkCore;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure.Persistence.Repositories;

internal sealed class SubscriptionRepository(BillingDbContext context) : EfRepository<BillingDbContext, Subscription>(context), ISubscriptionRepository
{
    public Task<Subscription?> GetCurrentAsync(CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(s => s.Status != SubscriptionStatus.Canceled, cancellationToken);

    public Task<List<Subscription>> LockDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken) =>
        Set.FromSql($"""
                SELECT * FROM subscriptions
                WHERE current_period_end <= {now} AND status <> {SubscriptionStatus.Canceled.Name}
                ORDER BY current_period_end
                LIMIT {take}
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .ToListAsync(cancellationToken);
}

internal sealed class AddonRepository(BillingDbContext context) : EfRepository<BillingDbContext, SubscriptionAddon>(context), IAddonRepository;

internal sealed class PaymentRepository(BillingDbContext context) : EfRepository<BillingDbContext, Payment>(context), IPaymentRepository;
