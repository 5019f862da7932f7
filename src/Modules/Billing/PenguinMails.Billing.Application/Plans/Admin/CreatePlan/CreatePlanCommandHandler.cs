using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.Admin.CreatePlan;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Plans.Admin.CreatePlan;

internal sealed class CreatePlanCommandHandler(IPlanRepository plans, IMapper mapper, TimeProvider clock) : IRequestHandler<CreatePlanCommand, PlanDto>
{
    public Task<PlanDto> Handle(CreatePlanCommand request, CancellationToken cancellationToken)
    {
        var plan = Plan.Create(mapper.Map<PlanTerms>(request.Plan), clock.GetUtcNow());
        plans.Add(plan);
        return Task.FromResult(mapper.Map<PlanDto>(plan));
    }
}
