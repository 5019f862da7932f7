using Ardalis.Specification;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Addons;

/// <summary>The active add-ons of the current tenant's subscription, tracked (plan changes and removals change them).</summary>
internal sealed class ActiveAddonsSpecification : Specification<SubscriptionAddon>
{
    public ActiveAddonsSpecification(Guid subscriptionId) =>
        Query.Where(a => a.SubscriptionId == subscriptionId && a.IsActive).AsTracking();
}

/// <summary>The active add-ons of several subscriptions of any tenant, read-only: platform jobs only.</summary>
internal sealed class ActiveAddonsOfAnyTenantSpecification : Specification<SubscriptionAddon>
{
    public ActiveAddonsOfAnyTenantSpecification(IReadOnlyCollection<Guid> subscriptionIds) =>
        Query.IgnoreQueryFilters().Where(a => a.SubscriptionId != null && subscriptionIds.Contains(a.SubscriptionId.Value) && a.IsActive);
}
