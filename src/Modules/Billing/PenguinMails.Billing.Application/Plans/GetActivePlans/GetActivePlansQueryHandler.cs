using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.GetActivePlans;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

internal sealed class GetActivePlansQueryHandler(IPlanRepository plans, IMapper mapper)
    : IRequestHandler<GetActivePlansQuery, CursorPage<PlanDto>>
{
    public async Task<CursorPage<PlanDto>> Handle(GetActivePlansQuery request, CancellationToken cancellationToken)
    {
        var rows = await plans.ListAsync(new ActivePlansPageSpecification(PlanListPosition.Decode(request.Cursor), request.Limit), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<PlanDto>, plan => PlanListPosition.Of(plan).Encode());
    }
}
