using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Contracts;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

internal sealed class GetActivePlansQueryHandler(IPlanRepository plans, IMapper mapper)
    : IRequestHandler<GetActivePlansQuery, CursorPage<PlanDto>>
{
    public async Task<CursorPage<PlanDto>> Handle(GetActivePlansQuery request, CancellationToken cancellationToken)
    {
        var rows = await plans.ListAsync(new ActivePlansPageSpecification(PlanListPosition.Decode(request.Cursor), request.Limit), cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? PlanListPosition.Of(page[^1]).Encode() : null;
        return new CursorPage<PlanDto>(mapper.Map<List<PlanDto>>(page), next);
    }
}
