using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns;
using PenguinMails.Campaigns.Contracts.Campaigns.ChangeCampaignStatus;
using PenguinMails.Campaigns.Contracts.Campaigns.CreateCampaign;
using PenguinMails.Campaigns.Contracts.Campaigns.DeleteCampaign;
using PenguinMails.Campaigns.Contracts.Campaigns.GetCampaign;
using PenguinMails.Campaigns.Contracts.Campaigns.GetPreflight;
using PenguinMails.Campaigns.Contracts.Campaigns.GetSendingStatus;
using PenguinMails.Campaigns.Contracts.Campaigns.ListCampaigns;
using PenguinMails.Campaigns.Contracts.Campaigns.ScheduleCampaign;
using PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;
using PenguinMails.Campaigns.Contracts.Steps.AddStep;
using PenguinMails.Campaigns.Contracts.Steps.DeleteStep;
using PenguinMails.Campaigns.Contracts.Steps.ListSteps;
using PenguinMails.Campaigns.Contracts.Steps.ReorderSteps;
using PenguinMails.Campaigns.Contracts.Steps.UpdateStep;

namespace PenguinMails.Campaigns.Api.Endpoints;

internal static class CampaignEndpoints
{
    public static void MapCampaignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var campaigns = endpoints.MapApiGroup("/campaigns", "Campaigns").RequireTenant().AllowApiKeys("campaigns");
        campaigns.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, Guid? companyId, string? status) =>
                m.Send(new ListCampaignsQuery(limit ?? PageLimits.Default, cursor, companyId, status), ct))
            .WithName("ListCampaigns").WithSummary("The tenant's campaigns, oldest first; ?companyId=, ?status=.")
            .Produces<CursorPage<CampaignDto>>();
        campaigns.MapPost("", async (CreateCampaignCommand command, IMediator m, CancellationToken ct) =>
            {
                var campaign = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/campaigns/{campaign.Id}", campaign);
            })
            .WithName("CreateCampaign").WithSummary("A draft campaign for one of the tenant's companies.")
            .Produces<CampaignDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetCampaignQuery(id), ct))
            .WithName("GetCampaign").Produces<CampaignDto>().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPatch("/{id:guid}", (Guid id, UpdateCampaignCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("UpdateCampaign").WithSummary("Changes name or description; companyId while draft.")
            .Produces<CampaignDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteCampaignCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("DeleteCampaign").WithSummary("Deletes a draft, paused or completed campaign with its steps.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        campaigns.MapGet("/{id:guid}/preflight", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPreflightQuery(id), ct))
            .WithName("GetCampaignPreflight").WithSummary("What would stop the campaign from sending now: its sequence and senders, no leads, variables its leads cannot fill.")
            .Produces<CampaignPreflightDto>().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id:guid}/sending", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSendingStatusQuery(id), ct))
            .WithName("GetCampaignSending").WithSummary("Why the campaign is or is not sending now: state, reasons, when the next e-mail may go, leads due, today's sends and each sender's day.")
            .Produces<CampaignSendingDto>().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPost("/{id:guid}/schedule", (Guid id, ScheduleCampaignCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("ScheduleCampaign").WithSummary("draft → scheduled, at a future time, once every email step has a template and an active account.")
            .Produces<CampaignDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        MapAction(campaigns, "unschedule", CampaignAction.Unschedule, "scheduled → draft.");
        MapAction(campaigns, "start", CampaignAction.Start, "scheduled → sending.");
        MapAction(campaigns, "pause", CampaignAction.Pause, "sending → paused.");
        MapAction(campaigns, "resume", CampaignAction.Resume, "paused → sending.");
        MapAction(campaigns, "complete", CampaignAction.Complete, "sending or paused → completed.");

        campaigns.MapGet("/{id:guid}/steps", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListStepsQuery(id), ct))
            .WithName("ListCampaignSteps").WithSummary("The campaign's steps in order.")
            .Produces<IReadOnlyList<CampaignStepDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPost("/{id:guid}/steps", async (Guid id, AddStepCommand command, IMediator m, CancellationToken ct) =>
            {
                var step = await m.Send(command with { CampaignId = id }, ct);
                return Results.Created($"{EndpointConventions.BasePath}/campaigns/{id}/steps/{step.Id}", step);
            })
            .WithName("AddCampaignStep").WithSummary("Appends a step, or inserts it at position; only while draft or paused.")
            .Produces<CampaignStepDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            ;
        campaigns.MapPatch("/{id:guid}/steps/{stepId:guid}", (Guid id, Guid stepId, UpdateStepCommand command, IMediator m, CancellationToken ct) =>
                m.Send(command with { CampaignId = id, StepId = stepId }, ct))
            .WithName("UpdateCampaignStep").Produces<CampaignStepDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            ;
        campaigns.MapDelete("/{id:guid}/steps/{stepId:guid}", async (Guid id, Guid stepId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteStepCommand(id, stepId), ct);
                return Results.NoContent();
            })
            .WithName("DeleteCampaignStep").WithSummary("Deletes a step; the order closes up.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id:guid}/steps/reorder", (Guid id, ReorderStepsCommand command, IMediator m, CancellationToken ct) => m.Send(command with { CampaignId = id }, ct))
            .WithName("ReorderCampaignSteps").WithSummary("Orders the steps as listed (every step once).")
            .Produces<IReadOnlyList<CampaignStepDto>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapAction(RouteGroupBuilder campaigns, string action, CampaignAction move, string summary) =>
        campaigns.MapPost($"/{{id:guid}}/{action}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ChangeCampaignStatusCommand(id, move), ct))
            .WithName($"{move}Campaign").WithSummary(summary)
            .Produces<CampaignDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
