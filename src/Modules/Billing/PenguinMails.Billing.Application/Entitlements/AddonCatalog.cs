using PenguinMails.Billing.Contracts;

namespace PenguinMails.Billing.Application.Entitlements;

/// <summary>The add-ons a tenant can buy: which limit each raises, by how much per unit, and its monthly price per unit.</summary>
internal static class AddonCatalog
{
    public sealed record AddonKind(string Type, string Limit, int UnitsPerQuantity, decimal UnitPriceMonthly);

    public static readonly IReadOnlyList<AddonKind> All =
    [
        new("extra_users", PlanLimit.Users, 1, 10.00m),
        new("extra_domains", PlanLimit.Domains, 1, 5.00m),
        new("extra_email_accounts", PlanLimit.EmailAccounts, 1, 3.00m),
        new("extra_warmups", PlanLimit.Warmups, 1, 5.00m),
        new("extra_contacts", PlanLimit.Contacts, 1000, 10.00m),
    ];

    public static AddonKind? Find(string type) => All.FirstOrDefault(kind => kind.Type == type);
}
