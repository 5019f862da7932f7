using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Entitlements;

/// <summary>A plan's limits raised by active add-ons; an unlimited (null) limit stays unlimited.</summary>
internal static class EntitlementsCalculator
{
    public static EntitlementsDto Compute(Plan plan, IEnumerable<SubscriptionAddon> addons)
    {
        var limits = new Dictionary<string, int?>(StringComparer.Ordinal)
        {
            [PlanLimit.Users] = plan.MaxUsers,
            [PlanLimit.Domains] = plan.MaxDomains,
            [PlanLimit.EmailAccounts] = plan.MaxEmailAccounts,
            [PlanLimit.Warmups] = plan.MaxWarmups,
            [PlanLimit.Contacts] = plan.MaxContacts,
            [PlanLimit.CampaignsPerMonth] = plan.MaxCampaignsPerMonth,
            [PlanLimit.EmailsPerMonth] = plan.MaxEmailsPerMonth,
        };

        foreach (var addon in addons.Where(a => a.IsActive))
        {
            if (AddonCatalog.Find(addon.AddonType) is { } kind && limits[kind.Limit] is { } max)
            {
                limits[kind.Limit] = checked(max + (addon.Quantity * kind.UnitsPerQuantity));
            }
        }

        return new EntitlementsDto(plan.Slug, limits, plan.ApiAccess, plan.ApiRateLimit);
    }

    /// <summary>The limits that <paramref name="usage"/> exceeds under <paramref name="entitlements"/>.</summary>
    public static IReadOnlyList<LimitUsageDto> Exceeded(EntitlementsDto entitlements, IReadOnlyDictionary<string, int> usage) =>
        [.. usage.Where(u => entitlements.Max(u.Key) is { } max && u.Value > max)
            .Select(u => new LimitUsageDto(u.Key, entitlements.Max(u.Key), u.Value))];
}
