namespace PenguinMails.Billing.Application;

/// <summary>The Billing configuration section.</summary>
internal sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>The plan every new tenant starts on.</summary>
    public string DefaultPlanSlug { get; set; } = "free";

    /// <summary>How often each API instance looks for subscriptions whose period has ended.</summary>
    public int RollOverIntervalSeconds { get; set; } = 60;

    /// <summary>
    /// How old this instance's view of a tenant's request count may grow before a request folds the requests counted
    /// here into the shared count (0: every request goes to the database). Other instances' requests are seen this late.
    /// </summary>
    public int RateLimitSyncMilliseconds { get; set; } = 250;
}
