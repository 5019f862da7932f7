using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Specifications;

namespace PenguinMails.Billing.Application.Plans;

internal sealed class ActivePlanBySlugSpecification : SingleResultSpecification<Plan>
{
    public ActivePlanBySlugSpecification(string slug) => Query.Where(p => p.Slug == slug && p.IsActive);
}
