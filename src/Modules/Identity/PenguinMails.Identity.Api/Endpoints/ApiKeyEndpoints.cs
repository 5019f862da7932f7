using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Identity.Contracts.ApiKeys;
using PenguinMails.Identity.Contracts.ApiKeys.CreateApiKey;
using PenguinMails.Identity.Contracts.ApiKeys.ListApiKeys;
using PenguinMails.Identity.Contracts.ApiKeys.RevokeApiKey;

namespace PenguinMails.Identity.Api.Endpoints;

internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapApiGroup("/api-keys", "Identity").RequireTenant();
        keys.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor) => m.Send(new ListApiKeysQuery(limit ?? PageLimits.Default, cursor), ct))
            .WithName("ListApiKeys").WithSummary("The tenant's API keys (owner or admin); secrets are never shown again.")
            .Produces<CursorPage<ApiKeyDto>>();
        keys.MapPost("", async (CreateApiKeyCommand command, IMediator m, CancellationToken ct) =>
            {
                var created = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/api-keys/{created.Key.Id}", created);
            })
            .ShowsSecretOnce().WithName("CreateApiKey").WithSummary("A key with scopes (leads, campaigns, templates, domains: read or write); its token is in this response only. Needs a plan with API access.")
            .Produces<CreatedApiKeyDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden);
        keys.MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RevokeApiKeyCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("RevokeApiKey").WithSummary("Revokes the key at once.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
