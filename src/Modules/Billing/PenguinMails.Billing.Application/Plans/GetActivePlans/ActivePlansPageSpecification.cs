using PenguinMails.Billing.Domain;
using Ardalis.Specification;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

/// <summary>Active plans after <paramref name="after"/>, in (price, slug) order; one more than asked, to know whether a next page exists.</summary>
internal sealed class ActivePlansPageSpecification : Specification<Plan>
{
    public ActivePlansPageSpecification(PlanListPosition? after, int limit)
    {
        Query.Where(p => p.IsActive);
        if (after is not null)
        {
            Query.Where(p => (p.PriceMonthly ?? 0) > after.PriceMonthly
                             || ((p.PriceMonthly ?? 0) == after.PriceMonthly && string.Compare(p.Slug, after.Slug) > 0));
        }

        Query.OrderBy(p => p.PriceMonthly ?? 0).ThenBy(p => p.Slug).Take(limit + 1);
    }
}
