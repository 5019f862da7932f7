using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.Admin.SetPlanActive;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Billing.Application.Plans.Admin.SetPlanActive;

internal sealed class SetPlanActiveCommandHandler(IPlanRepository plans, IMapper mapper, TimeProvider clock) : IRequestHandler<SetPlanActiveCommand, PlanDto>
{
    public async Task<PlanDto> Handle(SetPlanActiveCommand request, CancellationToken cancellationToken)
    {
        var plan = await plans.SingleOrDefaultAsync(new PlanByIdSpecification(request.Id, forUpdate: true), cancellationToken) ?? throw NotFoundException.For("plan", request.Id);
        plan.SetActive(request.Active, clock.GetUtcNow());
        return mapper.Map<PlanDto>(plan);
    }
}
