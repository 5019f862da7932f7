using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Contracts;
using PenguinMails.Campaigns.Infrastructure.Billing;
using PenguinMails.Campaigns.Infrastructure.Workspace;
using PenguinMails.Workspace.Application.Contracts;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Campaigns.Application;
using PenguinMails.Campaigns.Infrastructure.Persistence;

namespace PenguinMails.Campaigns.Infrastructure;

public static class CampaignsInfrastructureExtensions
{
    /// <summary>The Campaigns module's DbContext, handlers, validators, repositories and mappings, and what it tells Workspace and Billing.</summary>
    public static IServiceCollection AddCampaignsInfrastructure(this IServiceCollection services) =>
        services
            .AddScoped<ICompanyDependents, CompanyCampaigns>()
            .AddScoped<IUsageCounter, ContactUsage>()
            .AddScoped<IUsageCounter, MonthlyCampaignUsage>()
            .AddModuleDbContext<CampaignsDbContext>()
            .AddModuleServices(CampaignsApplicationAssembly.Assembly, typeof(CampaignsDbContext).Assembly);
}
