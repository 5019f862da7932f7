using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Campaigns.Api.Endpoints;
using PenguinMails.Campaigns.Infrastructure;

namespace PenguinMails.Campaigns.Api;

/// <summary>The Campaigns module's entry point for the host: its services, and its routes.</summary>
public static class CampaignsModule
{
    public static IServiceCollection AddCampaignsModule(this IServiceCollection services)
    {
        services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.Section);
        return services.AddCampaignsInfrastructure();
    }

    public static IEndpointRouteBuilder MapCampaignsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLeadEndpoints();
        endpoints.MapTemplateEndpoints();
        endpoints.MapCampaignEndpoints();
        endpoints.MapEnrollmentEndpoints();
        endpoints.MapUnsubscribeEndpoints();
        return endpoints;
    }
}
