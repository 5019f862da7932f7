using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Plans.GetActivePlans;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Api.Plans;

internal static class PlanEndpoints
{
    public static void MapPlanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapApiGroup("/plans", "Billing");

        plans.MapGet("", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor) =>
                mediator.Send(new GetActivePlansQuery(limit ?? PageLimits.Default, cursor), cancellationToken))
            .AllowAnonymous()
            .WithName("ListPlans")
            .WithSummary("Active plans with their limits, features and prices (public).")
            .Produces<CursorPage<PlanDto>>()
            ;
    }
}
