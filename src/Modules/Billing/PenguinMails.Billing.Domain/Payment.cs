using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Domain;

/// <summary>What the payment provider reported (<c>payments.status</c>), stored as its name.</summary>
internal sealed class PaymentStatus : NamedValue<PaymentStatus>
{
    public static readonly PaymentStatus Pending = new("pending");
    public static readonly PaymentStatus Succeeded = new("succeeded");
    public static readonly PaymentStatus Failed = new("failed");
    public static readonly PaymentStatus Refunded = new("refunded");

    private PaymentStatus(string name)
        : base(name)
    {
    }
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

    public PaymentStatus Status { get; private set; } = PaymentStatus.Pending;

    public DateTimeOffset? Processed { get; private set; }

    public string? Description { get; private set; }

    public string? StripePaymentIntentId { get; private set; }

    public DateTimeOffset? BillingPeriodStart { get; private set; }

    public DateTimeOffset? BillingPeriodEnd { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>A payment the provider reported, for one billing period of the subscription.</summary>
    public static Payment Record(Subscription subscription, decimal amount, string currency, PaymentStatus status, string? providerReference,
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
