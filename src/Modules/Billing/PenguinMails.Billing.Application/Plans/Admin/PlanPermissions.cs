namespace PenguinMails.Billing.Application.Plans.Admin;

internal static class PlanPermissions
{
    public const string Manage = "plans.manage";
}
