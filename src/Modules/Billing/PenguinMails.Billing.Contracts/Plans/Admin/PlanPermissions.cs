namespace PenguinMails.Billing.Contracts.Plans.Admin;

/// <summary>The staff permission every plan-administration route and request needs.</summary>
public static class PlanPermissions
{
    public const string Manage = "plans.manage";
}
