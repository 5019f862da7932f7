using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Subscriptions;

internal static class SubscriptionMappings
{
    public static SubscriptionDto ToDto(this Subscription s, Plan plan) => new(
        s.Id, s.PlanId, plan.Slug, s.PendingPlanId, s.Status, s.CurrentPeriodStart, s.CurrentPeriodEnd, s.CancelAtPeriodEnd,
        s.BillingContactUserId, s.Created, s.Updated);

    public static AddonDto ToDto(this SubscriptionAddon a) => new(a.Id, a.AddonType, a.Quantity, a.PriceMonthly, a.IsActive, a.Created);
}
