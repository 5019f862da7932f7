namespace PenguinMails.Billing.Domain;

internal static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Refunded = "refunded";

    public static readonly IReadOnlyList<string> All = [Pending, Succeeded, Failed, Refunded];
}

internal sealed partial class Payment
{
    private Payment()
    {
    }

    /// <summary>A payment the provider reported, for one billing period of the subscription.</summary>
    public static Payment Record(Subscription subscription, decimal amount, string currency, string status, string? providerReference,
        string? description, Guid? initiatedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = subscription.TenantId,
        SubscriptionId = subscription.Id,
        InitiatedByUserId = initiatedBy,
        Amount = amount,
        Currency = currency,
        Status = status,
        Processed = status == PaymentStatus.Pending ? null : now,
        Description = description,
        StripePaymentIntentId = providerReference,
        BillingPeriodStart = subscription.CurrentPeriodStart,
        BillingPeriodEnd = subscription.CurrentPeriodEnd,
        Created = now,
    };
}
