using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Identity.Api.Endpoints;
using PenguinMails.Identity.Infrastructure;

namespace PenguinMails.Identity.Api;

/// <summary>The Identity module's entry point for the host: its services, and its routes.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services) => services.AddIdentityInfrastructure();

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        endpoints.MapMeEndpoints();
        endpoints.MapTenantEndpoints();
        endpoints.MapApiKeyEndpoints();
        return endpoints;
    }
}
