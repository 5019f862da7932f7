using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Domain;

internal static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Refunded = "refunded";

    public static readonly IReadOnlyList<string> All = [Pending, Succeeded, Failed, Refunded];
}

/// <summary>A row of <c>payments</c>.</summary>
internal sealed class Payment : Entity, IAggregateRoot, ITenantOwned
{
    private Payment()
    {
    }

    public Guid Id { get; private set; }

    public Guid? SubscriptionId { get; private set; }

    public Guid? InitiatedByUserId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = default!;

    public string Status { get; private set; } = default!;

    public DateTimeOffset? Processed { get; private set; }

    public string? Description { get; private set; }

    public string? StripePaymentIntentId { get; private set; }

    public DateTimeOffset? BillingPeriodStart { get; private set; }

    public DateTimeOffset? BillingPeriodEnd { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public Guid TenantId { get; private set; }

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
