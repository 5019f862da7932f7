namespace PenguinMails.Billing.Domain;

internal sealed partial class SubscriptionAddon
{
    private SubscriptionAddon()
    {
    }

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
