using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Deliverability.Api.Endpoints;
using PenguinMails.Deliverability.Infrastructure;

namespace PenguinMails.Deliverability.Api;

/// <summary>The Deliverability module's entry point for the host: its services, and its routes.</summary>
public static class DeliverabilityModule
{
    public static IServiceCollection AddDeliverabilityModule(this IServiceCollection services) => services.AddDeliverabilityInfrastructure();

    public static IEndpointRouteBuilder MapDeliverabilityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDomainEndpoints();
        endpoints.MapEmailAccountEndpoints();
        endpoints.MapSendingEndpoints();
        return endpoints;
    }
}
