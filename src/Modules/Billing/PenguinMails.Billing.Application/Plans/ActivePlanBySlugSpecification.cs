using PenguinMails.Billing.Domain;
using Ardalis.Specification;

namespace PenguinMails.Billing.Application.Plans;

internal sealed class ActivePlanBySlugSpecification : SingleResultSpecification<Plan>
{
    public ActivePlanBySlugSpecification(string slug) => Query.Where(p => p.Slug == slug && p.IsActive);
}
