using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.Admin.UpdatePlan;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Billing.Application.Plans.Admin.UpdatePlan;

internal sealed class UpdatePlanCommandHandler(IPlanRepository plans, IMapper mapper, TimeProvider clock) : IRequestHandler<UpdatePlanCommand, PlanDto>
{
    public async Task<PlanDto> Handle(UpdatePlanCommand request, CancellationToken cancellationToken)
    {
        var plan = await plans.SingleOrDefaultAsync(new PlanByIdSpecification(request.Id, forUpdate: true), cancellationToken) ?? throw NotFoundException.For("plan", request.Id);
        plan.Revise(mapper.Map<PlanTerms>(request.Plan), clock.GetUtcNow());
        return mapper.Map<PlanDto>(plan);
    }
}
