using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application;

internal interface ISubscriptionRepository : IRepository<Subscription>
{
    /// <summary>The current tenant's one current (not canceled) subscription.</summary>
    Task<Subscription?> GetCurrentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> subscriptions of any tenant whose period has ended, locked for this transaction
    /// and skipping rows another instance holds: each is rolled over by exactly one worker. Platform connection only.
    /// </summary>
    Task<List<Subscription>> LockDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken);
}

internal interface IAddonRepository : IRepository<SubscriptionAddon>;

internal interface IPaymentRepository : IRepository<Payment>;
