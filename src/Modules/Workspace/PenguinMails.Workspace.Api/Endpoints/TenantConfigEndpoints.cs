using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Configuration.GetTenantConfig;
using PenguinMails.Workspace.Contracts.Configuration.UpdateTenantConfig;

namespace PenguinMails.Workspace.Api.Endpoints;

internal static class TenantConfigEndpoints
{
    public static void MapTenantConfigEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var config = endpoints.MapApiGroup("/tenant-config", "Workspace").RequireTenant();

        config.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetTenantConfigQuery(), cancellationToken))
            .WithName("GetTenantConfig").WithSummary("Billing contact, branding, notification and display settings of the tenant.")
            .Produces<TenantConfigDto>();

        config.MapPatch("", (UpdateTenantConfigCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdateTenantConfig").WithSummary("Changes the fields present (owner or admin); null clears an optional field; stripeCustomerId is not settable.")
            .Produces<TenantConfigDto>().ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
