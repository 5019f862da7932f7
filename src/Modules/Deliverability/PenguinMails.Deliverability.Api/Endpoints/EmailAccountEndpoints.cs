using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.CreateEmailAccount;
using PenguinMails.Deliverability.Contracts.EmailAccounts.DeleteEmailAccount;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ListEmailAccounts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.SendTestEmail;
using PenguinMails.Deliverability.Contracts.EmailAccounts.UpdateEmailAccount;

namespace PenguinMails.Deliverability.Api.Endpoints;

internal static class EmailAccountEndpoints
{
    public static void MapEmailAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accounts = endpoints.MapApiGroup("/email-accounts", "Deliverability").RequireTenant().AllowApiKeys("domains");

        accounts.MapGet("", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor, Guid? domainId, string? status, string? q) =>
                mediator.Send(new ListEmailAccountsQuery(limit ?? PageLimits.Default, cursor, domainId, status, q), cancellationToken))
            .WithName("ListEmailAccounts").WithSummary("The tenant's sending accounts, oldest first; ?domainId=, ?status=, ?q= (part of the address).")
            .Produces<CursorPage<EmailAccountDto>>();

        accounts.MapPost("", async (CreateEmailAccountCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var account = await mediator.Send(command, cancellationToken);
                return Results.Created($"{EndpointConventions.BasePath}/email-accounts/{account.Id}", account);
            })
            .WithName("CreateEmailAccount").WithSummary("A sending account on a verified domain (owner or admin); the password is kept in the secret store only.")
            .Produces<EmailAccountDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            ;

        accounts.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetEmailAccountQuery(id), cancellationToken))
            .WithName("GetEmailAccount").WithSummary("One sending account with today's send count.")
            .Produces<EmailAccountDto>().ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPatch("/{id:guid}", (Guid id, UpdateEmailAccountCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(command with { Id = id }, cancellationToken))
            .WithName("UpdateEmailAccount").WithSummary("Changes the fields present (owner or admin): provider, settings, status, password, dailyLimit, minGapSeconds, randomGapSeconds; null clears imapSettings or dailyLimit.")
            .Produces<EmailAccountDto>().ProducesProblem(StatusCodes.Status404NotFound);

        accounts.MapPost("/{id:guid}/test", (Guid id, SendTestEmailCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(command with { Id = id }, cancellationToken))
            .WithName("SendTestEmail").WithSummary("Sends one DKIM-signed test e-mail through the account to `to` (owner or admin; counts against its daily cap): the server's reply, or the stage and SMTP code of the failure.")
            .Produces<TestEmailResultDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new DeleteEmailAccountCommand(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName("DeleteEmailAccount").WithSummary("Deletes the account and its stored password (owner or admin).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
