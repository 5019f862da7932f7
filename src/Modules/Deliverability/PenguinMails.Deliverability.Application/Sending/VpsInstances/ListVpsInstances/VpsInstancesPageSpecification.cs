using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.ListVpsInstances;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.ListVpsInstances;

/// <summary>A page of the platform's VPS instances in creation order, narrowed by status.</summary>
internal sealed class VpsInstancesPageSpecification : Specification<VpsInstance>
{
    public VpsInstancesPageSpecification(ListVpsInstancesQuery request)
    {
        if (request.Status is { } name)
        {
            var status = VpsInstanceStatus.Of(name);
            Query.Where(v => v.Status == status);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
