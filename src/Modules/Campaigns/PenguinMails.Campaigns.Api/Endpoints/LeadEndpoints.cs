using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PenguinMails.BuildingBlocks.Api.Csv;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.CreateLead;
using PenguinMails.Campaigns.Contracts.Leads.DeleteLead;
using PenguinMails.Campaigns.Contracts.Leads.ExportLeads;
using PenguinMails.Campaigns.Contracts.Leads.GetLead;
using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;
using PenguinMails.Campaigns.Contracts.Leads.ListLeads;
using PenguinMails.Campaigns.Contracts.Leads.UpdateLead;

namespace PenguinMails.Campaigns.Api.Endpoints;

internal static class LeadEndpoints
{
    public static void MapLeadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapApiGroup("/leads", "Campaigns").RequireTenant().AllowApiKeys("leads");

        leads.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, string? status, string? q) =>
                m.Send(new ListLeadsQuery(limit ?? PageLimits.Default, cursor, status, q), ct))
            .WithName("ListLeads").WithSummary("The tenant's leads in address order; ?status=, ?q= (start of email, name or company).")
            .Produces<CursorPage<LeadDto>>();

        leads.MapPost("", async (CreateLeadCommand command, IMediator m, CancellationToken ct) =>
            {
                var lead = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/leads/{lead.Id}", lead);
            })
            .WithName("CreateLead").WithSummary("A lead; the address is unique in the tenant (409).")
            .Produces<LeadDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapPost("/import", (HttpRequest request, IMediator m, CancellationToken ct, string? onExisting) =>
                m.Send(new ImportLeadsCommand(request.Body, FormatOf(request), onExisting ?? LeadImportMode.Skip), ct))
            .Accepts<string>("text/csv", "application/json")
            .AllowRequestBodyUpTo(endpoints.ServiceProvider.GetRequiredService<IOptions<CampaignsOptions>>().Value.MaxImportBytes)
            .WithName("ImportLeads").WithSummary("Imports a CSV file (header: email, and any of name, first_name, last_name, company, status; other columns become custom fields) or a JSON array; ?onExisting=skip|update (custom fields are added to the lead's). Counts and the first 100 problems by row.")
            .Produces<LeadImportResultDto>().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            ;

        leads.MapGet("/export", async (HttpContext context, IMediator m, CancellationToken ct, string? status) =>
            {
                var export = await m.Send(new ExportLeadsQuery(status), ct);
                context.Response.ContentType = "text/csv; charset=utf-8";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"leads.csv\"";
                await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
                await writer.WriteAsync(CsvCells.Row(["email", "name", "first_name", "last_name", "company", "status", .. export.CustomFields]) + "\r\n");
                await foreach (var lead in export.Leads.WithCancellation(ct))
                {
                    string?[] known = [lead.Email, lead.Name, lead.FirstName, lead.LastName, lead.Company, lead.Status];
                    await writer.WriteAsync(CsvCells.Row([.. known, .. export.CustomFields.Select(f => lead.CustomFields.GetValueOrDefault(f))]) + "\r\n");
                }
            })
            .WithName("ExportLeads").WithSummary("Every lead as CSV (the import's columns, then one per custom field the leads have); ?status=. Cells a spreadsheet would run as a formula start with an apostrophe.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");

        leads.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetLeadQuery(id), ct))
            .WithName("GetLead").Produces<LeadDto>().ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPatch("/{id:guid}", (Guid id, UpdateLeadCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("UpdateLead").WithSummary("Changes names, company, custom fields (replaced as a whole) or status; null clears a field.")
            .Produces<LeadDto>().ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteLeadCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("DeleteLead").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static LeadFileFormat FormatOf(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) switch
        {
            true when type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) => LeadFileFormat.Csv,
            true when type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) => LeadFileFormat.Json,
            _ => throw new UnsupportedMediaTypeException("Send the leads as text/csv (a header row naming email and any other fields) or application/json (an array of objects)."),
        };
}
