using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.EnrollLeads;
using PenguinMails.Campaigns.Contracts.Enrollments.GetEnrollment;
using PenguinMails.Campaigns.Contracts.Enrollments.ListEnrollments;
using PenguinMails.Campaigns.Contracts.Enrollments.PauseEnrollment;
using PenguinMails.Campaigns.Contracts.Enrollments.RemoveEnrollment;
using PenguinMails.Campaigns.Contracts.Enrollments.ResumeEnrollment;
using PenguinMails.Campaigns.Contracts.Suppressions.AddSuppression;
using PenguinMails.Campaigns.Contracts.Suppressions.ListSuppressions;
using PenguinMails.Campaigns.Contracts.Suppressions.RemoveSuppression;

namespace PenguinMails.Campaigns.Api.Endpoints;

internal static class EnrollmentEndpoints
{
    // 100,000 ids as JSON are about 3.9 MB.
    private const long MaxEnrollBodyBytes = 4 * 1024 * 1024;

    public static void MapEnrollmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapApiGroup("/campaigns/{id:guid}/leads", "Campaigns").RequireTenant().AllowApiKeys("campaigns");
        leads.MapPost("", (Guid id, EnrollLeadsCommand command, IMediator m, CancellationToken ct) => m.Send(command with { CampaignId = id }, ct))
            .AllowRequestBodyUpTo(MaxEnrollBodyBytes)
            .WithName("EnrollCampaignLeads")
            .WithSummary("Adds leads by id (leadIds, up to 100,000) or by filter (status, q); counts added, already in the campaign, skipped (unsubscribed, bounced, suppressed) and not found. Not once the campaign is completed.")
            .Produces<EnrollmentResultDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        leads.MapGet("", (Guid id, IMediator m, CancellationToken ct, int? limit, string? cursor, string? status) =>
                m.Send(new ListEnrollmentsQuery(id, limit ?? PageLimits.Default, cursor, status), ct))
            .WithName("ListCampaignLeads").WithSummary("The campaign's leads in the order they joined, with where each is in the sequence; ?status=.")
            .Produces<CursorPage<EnrollmentDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        leads.MapGet("/{leadId:guid}", (Guid id, Guid leadId, IMediator m, CancellationToken ct) => m.Send(new GetEnrollmentQuery(id, leadId), ct))
            .WithName("GetCampaignLead").Produces<EnrollmentDto>().ProducesProblem(StatusCodes.Status404NotFound);
        leads.MapDelete("/{leadId:guid}", async (Guid id, Guid leadId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveEnrollmentCommand(id, leadId), ct);
                return Results.NoContent();
            })
            .WithName("RemoveCampaignLead").WithSummary("Takes the lead out of the campaign; nothing more is sent to it from this campaign.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        leads.MapPost("/{leadId:guid}/pause", (Guid id, Guid leadId, IMediator m, CancellationToken ct) => m.Send(new PauseEnrollmentCommand(id, leadId), ct))
            .WithName("PauseCampaignLead").WithSummary("active → paused: the lead stays at its step.")
            .Produces<EnrollmentDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        leads.MapPost("/{leadId:guid}/resume", (Guid id, Guid leadId, IMediator m, CancellationToken ct) => m.Send(new ResumeEnrollmentCommand(id, leadId), ct))
            .WithName("ResumeCampaignLead").WithSummary("paused → active: a step that fell due meanwhile is due now.")
            .Produces<EnrollmentDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var suppressions = endpoints.MapApiGroup("/suppressions", "Campaigns").RequireTenant().AllowApiKeys("leads");
        suppressions.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, string? q) =>
                m.Send(new ListSuppressionsQuery(limit ?? PageLimits.Default, cursor, q), ct))
            .WithName("ListSuppressions").WithSummary("The addresses and domains the tenant never writes to, oldest first; ?q= (contained in the value).")
            .Produces<CursorPage<SuppressionDto>>();
        suppressions.MapPost("", async (AddSuppressionCommand command, IMediator m, CancellationToken ct) =>
            {
                var suppression = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/suppressions/{suppression.Id}", suppression);
            })
            .WithName("AddSuppression").WithSummary("Suppresses an address or a whole domain: its leads stop in every campaign (409 if already suppressed).")
            .Produces<SuppressionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        suppressions.MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveSuppressionCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("RemoveSuppression").WithSummary("Lifts a suppression; the leads it stopped stay stopped.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
