using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Staff.Infrastructure;

namespace PenguinMails.Staff.Api;

/// <summary>The Staff module's entry point for the host: its services, and its routes.</summary>
public static class StaffModule
{
    public static IServiceCollection AddStaffModule(this IServiceCollection services) => services.AddStaffInfrastructure();

    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        Endpoints.StaffEndpoints.MapStaffEndpoints(endpoints);
        return endpoints;
    }
}
