using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Campaigns.Infrastructure;

namespace PenguinMails.Campaigns.Api;

/// <summary>The Campaigns module's entry point for the host.</summary>
public static class CampaignsModule
{
    public static IServiceCollection AddCampaignsModule(this IServiceCollection services) => services.AddCampaignsInfrastructure();
}
