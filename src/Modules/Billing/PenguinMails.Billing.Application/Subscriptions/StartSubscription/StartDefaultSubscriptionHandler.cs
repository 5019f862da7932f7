using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Domain;
using PenguinMails.Identity.Contracts;

namespace PenguinMails.Billing.Application.Subscriptions.StartSubscription;

/// <summary>A new tenant starts on the configured default plan, with its owner as billing contact.</summary>
internal sealed class StartDefaultSubscriptionHandler(
    IPlanRepository plans, ISubscriptionRepository subscriptions, IOptions<BillingOptions> options, TimeProvider clock)
    : INotificationHandler<TenantCreatedNotification>
{
    public async Task Handle(TenantCreatedNotification notification, CancellationToken cancellationToken)
    {
        var slug = options.Value.DefaultPlanSlug;
        var plan = await plans.SingleOrDefaultAsync(new ActivePlanBySlugSpecification(slug), cancellationToken)
                   ?? throw new InvalidOperationException($"The default plan '{slug}' (Billing:DefaultPlanSlug) does not exist or is inactive.");
        subscriptions.Add(Subscription.Start(notification.TenantId, plan, notification.OwnerUserId, clock.GetUtcNow()));
    }
}
