using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Workspace.Api.Endpoints;
using PenguinMails.Workspace.Infrastructure;

namespace PenguinMails.Workspace.Api;

/// <summary>The Workspace module's entry point for the host: its services, and its routes.</summary>
public static class WorkspaceModule
{
    public static IServiceCollection AddWorkspaceModule(this IServiceCollection services) => services.AddWorkspaceInfrastructure();

    public static IEndpointRouteBuilder MapWorkspaceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCompanyEndpoints();
        endpoints.MapTenantConfigEndpoints();
        return endpoints;
    }
}
