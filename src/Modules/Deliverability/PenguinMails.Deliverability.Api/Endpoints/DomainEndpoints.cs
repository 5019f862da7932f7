using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.AddDomain;
using PenguinMails.Deliverability.Contracts.Domains.DeleteDomain;
using PenguinMails.Deliverability.Contracts.Domains.GetDnsRecords;
using PenguinMails.Deliverability.Contracts.Domains.GetDomain;
using PenguinMails.Deliverability.Contracts.Domains.ListDomains;
using PenguinMails.Deliverability.Contracts.Domains.UpdateDomain;
using PenguinMails.Deliverability.Contracts.Domains.VerifyDomain;

namespace PenguinMails.Deliverability.Api.Endpoints;

internal static class DomainEndpoints
{
    public static void MapDomainEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var domains = endpoints.MapApiGroup("/domains", "Deliverability").RequireTenant().AllowApiKeys("domains");

        domains.MapGet("", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor, Guid? companyId, string? status, string? q) =>
                mediator.Send(new ListDomainsQuery(limit ?? PageLimits.Default, cursor, companyId, status, q), cancellationToken))
            .WithName("ListDomains").WithSummary("The tenant's sending domains, oldest first; ?companyId=, ?status= (pending, verified, failed), ?q= (part of the name).")
            .Produces<CursorPage<DomainDto>>();

        domains.MapPost("", async (AddDomainCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var domain = await mediator.Send(command, cancellationToken);
                return Results.Created($"{EndpointConventions.BasePath}/domains/{domain.Id}", domain);
            })
            .WithName("AddDomain").WithSummary("Adds a sending domain (owner or admin) and generates its SPF, DKIM, DMARC and MX records.")
            .Produces<DomainDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            ;

        domains.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetDomainQuery(id), cancellationToken))
            .WithName("GetDomain").WithSummary("One domain with its records and their verification state.")
            .Produces<DomainDto>().ProducesProblem(StatusCodes.Status404NotFound);

        domains.MapGet("/{id:guid}/dns-records", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetDnsRecordsQuery(id), cancellationToken))
            .WithName("GetDnsRecords").WithSummary("The records to publish, as DNS panels take them (long TXT values as quoted ≤255-character strings), each with its status and error.")
            .Produces<IReadOnlyList<DnsRecordDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        domains.MapPost("/{id:guid}/verify", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new VerifyDomainCommand(id), cancellationToken))
            .WithName("VerifyDomain").WithSummary("Looks the records up now; each record says what was found and what to change.")
            .Produces<DomainDto>().ProducesProblem(StatusCodes.Status404NotFound);

        domains.MapPatch("/{id:guid}", (Guid id, UpdateDomainCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(command with { Id = id }, cancellationToken))
            .WithName("UpdateDomain").WithSummary("Moves the domain to another company or changes whether it is its company's primary (owner or admin).")
            .Produces<DomainDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        domains.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken, bool? confirm) =>
            {
                await mediator.Send(new DeleteDomainCommand(id, confirm ?? false), cancellationToken);
                return Results.NoContent();
            })
            .WithName("DeleteDomain").WithSummary("Deletes the domain and its DKIM key; with e-mail accounts, 409 with their count unless ?confirm=true.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
