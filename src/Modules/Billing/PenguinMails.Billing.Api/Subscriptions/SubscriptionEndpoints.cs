using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.Billing.Contracts.Addons.AddAddon;
using PenguinMails.Billing.Contracts.Addons.ListAddons;
using PenguinMails.Billing.Contracts.Addons.RemoveAddon;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Payments.ListPayments;
using PenguinMails.Billing.Contracts.Subscriptions.CancelSubscription;
using PenguinMails.Billing.Contracts.Subscriptions.ChangePlan;
using PenguinMails.Billing.Contracts.Subscriptions.GetSubscription;
using PenguinMails.Billing.Contracts.Subscriptions.ResumeSubscription;
using PenguinMails.Billing.Contracts.Subscriptions.UpdateSubscription;
using PenguinMails.Billing.Contracts.Usage.GetUsage;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Api.Subscriptions;

internal static class SubscriptionEndpoints
{
    public static void MapSubscriptionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var subscription = endpoints.MapApiGroup("/subscription", "Billing").RequireTenant();

        subscription.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetSubscriptionQuery(), cancellationToken))
            .WithName("GetSubscription").WithSummary("The tenant's current subscription.")
            .Produces<SubscriptionDto>();
        subscription.MapPatch("", (UpdateSubscriptionCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdateSubscription").WithSummary("Sets the billing contact, an active member (owner or admin).")
            .Produces<SubscriptionDto>();
        subscription.MapPost("/change-plan", (ChangePlanCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("ChangePlan").WithSummary("An upgrade applies now; a downgrade applies at the period's end, if usage fits (owner or admin).")
            .Produces<SubscriptionDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        subscription.MapPost("/cancel", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new CancelSubscriptionCommand(), cancellationToken))
            .WithName("CancelSubscription").WithSummary("Ends the subscription at the end of the period (owner or admin).")
            .Produces<SubscriptionDto>().ProducesProblem(StatusCodes.Status409Conflict);
        subscription.MapPost("/resume", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new ResumeSubscriptionCommand(), cancellationToken))
            .WithName("ResumeSubscription").WithSummary("Undoes a cancellation before the period ends (owner or admin).")
            .Produces<SubscriptionDto>().ProducesProblem(StatusCodes.Status409Conflict);

        subscription.MapGet("/addons", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new ListAddonsQuery(), cancellationToken))
            .WithName("ListAddons").WithSummary("Active add-ons of the current subscription.")
            .Produces<IReadOnlyList<AddonDto>>();
        subscription.MapPost("/addons", async (AddAddonCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var addon = await mediator.Send(command, cancellationToken);
                return Results.Created($"{EndpointConventions.BasePath}/subscription/addons/{addon.Id}", addon);
            })
            .WithName("AddAddon").WithSummary("Buys an add-on that raises a limit (owner or admin).")
            .Produces<AddonDto>(StatusCodes.Status201Created);
        subscription.MapDelete("/addons/{id}", async (string id, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RemoveAddonCommand(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName("RemoveAddon").WithSummary("Stops an add-on, if usage fits without it (owner or admin).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var payments = endpoints.MapApiGroup("/payments", "Billing").RequireTenant();
        payments.MapGet("", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor) =>
                mediator.Send(new ListPaymentsQuery(limit ?? PageLimits.Default, cursor), cancellationToken))
            .WithName("ListPayments").WithSummary("The tenant's payments, newest first (owner or admin).")
            .Produces<CursorPage<PaymentDto>>();

        var usage = endpoints.MapApiGroup("/usage", "Billing").RequireTenant();
        usage.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetUsageQuery(), cancellationToken))
            .WithName("GetUsage").WithSummary("Each limit of the plan (with add-ons) and its current use.")
            .Produces<UsageDto>();
    }
}
