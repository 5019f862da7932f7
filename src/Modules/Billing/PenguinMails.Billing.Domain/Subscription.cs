namespace PenguinMails.Billing.Domain;

public sealed partial class Subscription
{
    public const string Active = "active";

    private Subscription()
    {
    }

    /// <summary>A tenant's first subscription: active on the plan from now, for one monthly period.</summary>
    public static Subscription Start(Guid tenantId, Plan plan, Guid billingContactUserId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        PlanId = plan.Id,
        Status = Active,
        CurrentPeriodStart = now,
        CurrentPeriodEnd = now.AddMonths(1),
        CancelAtPeriodEnd = false,
        BillingContactUserId = billingContactUserId,
        Created = now,
        Updated = now,
    };
}
