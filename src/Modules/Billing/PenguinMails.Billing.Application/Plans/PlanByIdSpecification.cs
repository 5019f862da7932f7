using PenguinMails.Billing.Domain;
using Ardalis.Specification;

namespace PenguinMails.Billing.Application.Plans;

internal sealed class PlanByIdSpecification : SingleResultSpecification<Plan>
{
    /// <param name="forUpdate">Track the plan, so changes to it are saved with the command.</param>
    public PlanByIdSpecification(Guid id, bool forUpdate = false)
    {
        Query.Where(p => p.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}
