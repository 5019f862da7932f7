using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.ListVpsInstances;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.ListVpsInstances;

internal sealed class ListVpsInstancesQueryHandler(IVpsInstanceRepository instances, IMapper mapper) : IRequestHandler<ListVpsInstancesQuery, CursorPage<VpsInstanceDto>>
{
    public async Task<CursorPage<VpsInstanceDto>> Handle(ListVpsInstancesQuery request, CancellationToken cancellationToken)
    {
        var rows = await instances.ListAsync(new VpsInstancesPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<VpsInstanceDto>, v => new CreatedPosition(v.Created, v.Id).Encode());
    }
}
