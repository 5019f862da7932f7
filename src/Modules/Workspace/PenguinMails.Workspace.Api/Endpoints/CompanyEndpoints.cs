using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.CreateCompany;
using PenguinMails.Workspace.Contracts.Companies.DeleteCompany;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;
using PenguinMails.Workspace.Contracts.Companies.ListCompanies;
using PenguinMails.Workspace.Contracts.Companies.UpdateCompany;

namespace PenguinMails.Workspace.Api.Endpoints;

internal static class CompanyEndpoints
{
    public static void MapCompanyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var companies = endpoints.MapApiGroup("/companies", "Workspace").RequireTenant();

        companies.MapGet("", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor, string? status, string? q) =>
                mediator.Send(new ListCompaniesQuery(limit ?? PageLimits.Default, cursor, status, q), cancellationToken))
            .WithName("ListCompanies").WithSummary("The tenant's companies, oldest first; ?status=, ?q= (name or workspace name).")
            .Produces<CursorPage<CompanyDto>>();

        companies.MapPost("", async (CreateCompanyCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var company = await mediator.Send(command, cancellationToken);
                return Results.Created($"{EndpointConventions.BasePath}/companies/{company.Id}", company);
            })
            .WithName("CreateCompany").WithSummary("A new company (owner or admin); workspaceName is unique across the platform.")
            .Produces<CompanyDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetCompanyQuery(id), cancellationToken))
            .WithName("GetCompany").WithSummary("One company.")
            .Produces<CompanyDto>().ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapPatch("/{id:guid}", (Guid id, UpdateCompanyCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(command with { Id = id }, cancellationToken))
            .WithName("UpdateCompany").WithSummary("Changes the fields present (owner or admin); null clears logoUrl, industry, companySize.")
            .Produces<CompanyDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken, bool? confirm) =>
            {
                await mediator.Send(new DeleteCompanyCommand(id, confirm ?? false), cancellationToken);
                return Results.NoContent();
            })
            .WithName("DeleteCompany").WithSummary("Deletes the company with its domains and campaigns; 409 with their counts unless ?confirm=true.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
