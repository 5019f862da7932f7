using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans;
using PenguinMails.Billing.Contracts.Plans.Admin.CreatePlan;
using PenguinMails.Billing.Contracts.Plans.Admin.ListAllPlans;
using PenguinMails.Billing.Contracts.Plans.Admin.SetPlanActive;
using PenguinMails.Billing.Contracts.Plans.Admin.UpdatePlan;
using PenguinMails.BuildingBlocks.Api.Endpoints;

namespace PenguinMails.Billing.Api.Plans;

/// <summary>Staff routes for the plan catalogue; every one needs the staff permission <c>plans.manage</c>.</summary>
internal static class AdminPlanEndpoints
{
    public static void MapAdminPlanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapStaffGroup("/admin/plans", "Billing (staff)");

        plans.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new ListAllPlansQuery(), cancellationToken))
            .Sends<ListAllPlansQuery>().WithName("AdminListPlans").WithSummary("Every plan, inactive ones included.")
            .Produces<IReadOnlyList<PlanDto>>();
        plans.MapPost("", async (PlanTerms plan, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var created = await mediator.Send(new CreatePlanCommand(plan), cancellationToken);
                return Results.Created($"{EndpointConventions.BasePath}/admin/plans/{created.Id}", created);
            })
            .Sends<CreatePlanCommand>().WithName("AdminCreatePlan").WithSummary("A new plan; the slug is unique.")
            .Produces<PlanDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPut("/{id:guid}", (Guid id, PlanTerms plan, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new UpdatePlanCommand(id, plan), cancellationToken))
            .Sends<UpdatePlanCommand>().WithName("AdminReplacePlan").WithSummary("Replaces the plan's terms with the body (the whole plan).")
            .Produces<PlanDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{id:guid}/deactivate", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new SetPlanActiveCommand(id, false), cancellationToken))
            .Sends<SetPlanActiveCommand>().WithName("AdminDeactivatePlan").WithSummary("Stops offering the plan; tenants on it keep it.")
            .Produces<PlanDto>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPost("/{id:guid}/activate", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new SetPlanActiveCommand(id, true), cancellationToken))
            .Sends<SetPlanActiveCommand>().WithName("AdminActivatePlan").WithSummary("Offers the plan again.")
            .Produces<PlanDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
