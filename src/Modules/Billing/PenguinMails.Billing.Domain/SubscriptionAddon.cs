using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Domain;

/// <summary>A row of <c>subscription_addons</c>.</summary>
internal sealed class SubscriptionAddon : Entity, IAggregateRoot, ITenantOwned
{
    private SubscriptionAddon()
    {
    }

    public string Id { get; private set; } = default!;

    public Guid? SubscriptionId { get; private set; }

    public string AddonType { get; private set; } = default!;

    public int Quantity { get; private set; }

    public decimal? PriceMonthly { get; private set; }

    public string? StripePriceId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public Guid TenantId { get; private set; }

    public static SubscriptionAddon Add(Subscription subscription, string addonType, int quantity, decimal unitPriceMonthly, DateTimeOffset now) => new()
    {
        Id = "addon_" + Guid.CreateVersion7().ToString("N"),
        TenantId = subscription.TenantId,
        SubscriptionId = subscription.Id,
        AddonType = addonType,
        Quantity = quantity,
        PriceMonthly = unitPriceMonthly * quantity,
        IsActive = true,
        Created = now,
        Updated = now,
    };

    /// <summary>Removing an add-on keeps its row (it was billed) and stops it counting toward limits.</summary>
    public void Deactivate(DateTimeOffset now)
    {
        IsActive = false;
        Updated = now;
    }
}
