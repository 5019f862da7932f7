using PenguinMails.Billing.Application.Addons;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Billing.Application.Entitlements;

/// <summary>The current tenant's subscription with its plan and active add-ons, and what they entitle it to.</summary>
internal sealed class BillingState(ISubscriptionRepository subscriptions, IPlanRepository plans, IAddonRepository addons, IEnumerable<IUsageCounter> counters)
{
    public async Task<(Subscription Subscription, Plan Plan, List<SubscriptionAddon> Addons)> LoadAsync(CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetCurrentAsync(cancellationToken)
                           ?? throw new NotFoundException("This tenant has no current subscription.");
        var plan = await plans.SingleOrDefaultAsync(new PlanByIdSpecification(subscription.PlanId), cancellationToken)
                   ?? throw new InvalidOperationException($"Subscription {subscription.Id} names a plan that does not exist.");
        return (subscription, plan, await addons.ListAsync(new ActiveAddonsSpecification(subscription.Id), cancellationToken));
    }

    /// <summary>What the tenant uses now, limit by limit, from the modules that own the counted rows.</summary>
    public async Task<IReadOnlyDictionary<string, int>> UsageAsync(CancellationToken cancellationToken)
    {
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counter in counters)
        {
            usage[counter.Limit] = await counter.CountAsync(cancellationToken);
        }

        return usage;
    }
}
