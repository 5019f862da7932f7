using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Specifications;

namespace PenguinMails.Billing.Application.Plans;

internal sealed class PlanByIdSpecification : SingleResultSpecification<Plan>
{
    public PlanByIdSpecification(Guid id) => Query.Where(p => p.Id == id);
}
