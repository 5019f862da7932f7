using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Application.Addons;
using PenguinMails.Billing.Application.Payments;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Contracts.Subscriptions.RollOverDueSubscriptions;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application.Subscriptions.RollOverDueSubscriptions;

internal sealed class RollOverDueSubscriptionsCommandHandler(
    ISubscriptionRepository subscriptions,
    IPlanRepository plans,
    IAddonRepository addons,
    IPaymentRepository payments,
    IPaymentProvider provider,
    IUnitOfWork unitOfWork,
    IOptions<BillingOptions> options,
    TimeProvider clock) : IRequestHandler<RollOverDueSubscriptionsCommand, int>
{
    public const string Currency = "USD";

    public async Task<int> Handle(RollOverDueSubscriptionsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await subscriptions.LockDueAsync(now, request.BatchSize, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var planById = (await plans.ListAsync(new AllPlansSpecification(), cancellationToken)).ToDictionary(p => p.Id);
        var addonsBySubscription = (await addons.ListAsync(new ActiveAddonsOfAnyTenantSpecification([.. due.Select(s => s.Id)]), cancellationToken)).ToLookup(a => a.SubscriptionId);
        foreach (var subscription in due)
        {
            subscription.RollOver(now);
        }

        // The ended subscriptions are saved before their successors: one current subscription per tenant.
        await unitOfWork.FlushAsync(cancellationToken);
        var fallback = planById.Values.SingleOrDefault(p => p.Slug == options.Value.DefaultPlanSlug && p.IsActive);
        foreach (var subscription in due)
        {
            if (!subscription.IsCurrent)
            {
                if (fallback is not null)
                {
                    subscriptions.Add(Subscription.Start(subscription.TenantId, fallback, subscription.BillingContactUserId, now));
                }

                continue;
            }

            var plan = planById[subscription.PlanId];
            var amount = (plan.MonthlyPrice / 100m) + addonsBySubscription[subscription.Id].Sum(a => a.PriceMonthly ?? 0m);
            if (amount > 0)
            {
                await ChargeAsync(subscription, plan, amount, now, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task ChargeAsync(Subscription subscription, Plan plan, decimal amount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var description = $"{plan.Name} plan, {subscription.CurrentPeriodStart:yyyy-MM-dd} to {subscription.CurrentPeriodEnd:yyyy-MM-dd}";
        var result = await provider.ChargeAsync(new ChargeRequest(subscription.TenantId, subscription.Id, amount, Currency, description,
            $"{subscription.Id:N}:{subscription.CurrentPeriodStart:yyyyMMddHHmmss}"), cancellationToken);
        payments.Add(Payment.Record(subscription, amount, Currency, result.Status, result.ProviderReference, description, null, now));
        subscription.ApplyPaymentOutcome(result.Status, now);
    }
}
