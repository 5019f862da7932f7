namespace PenguinMails.Billing.Application;

/// <summary>The Billing configuration section.</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>The plan every new tenant starts on.</summary>
    public string DefaultPlanSlug { get; set; } = "free";

    /// <summary>How often each API instance looks for subscriptions whose period has ended.</summary>
    public int RollOverIntervalSeconds { get; set; } = 60;
}
