using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.Admin.ListAllPlans;

namespace PenguinMails.Billing.Application.Plans.Admin.ListAllPlans;

internal sealed class ListAllPlansQueryHandler(IPlanRepository plans, IMapper mapper) : IRequestHandler<ListAllPlansQuery, IReadOnlyList<PlanDto>>
{
    public async Task<IReadOnlyList<PlanDto>> Handle(ListAllPlansQuery request, CancellationToken cancellationToken) =>
        [.. (await plans.ListAsync(new AllPlansSpecification(), cancellationToken)).OrderBy(p => p.MonthlyPrice).ThenBy(p => p.Slug).Select(mapper.Map<PlanDto>)];
}
