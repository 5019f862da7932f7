using PenguinMails.Billing.Api;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Campaigns.Api;
using PenguinMails.Database;
using PenguinMails.Deliverability.Api;
using PenguinMails.Identity.Api;
using PenguinMails.Staff.Api;
using PenguinMails.Workspace.Api;

namespace PenguinMails.Api;

/// <summary>The one list of modules and the database seam they share: used by the host and by in-process callers (tests, tools).</summary>
public static class PenguinMailsModules
{
    public static IServiceCollection AddPenguinMailsModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddBuildingBlocksInfrastructure(configuration, PenguinMailsDatabase.Migrations, PenguinMailsDatabase.ContentMigrations)
            .AddIdentityModule()
            .AddWorkspaceModule()
            .AddBillingModule()
            .AddStaffModule()
            .AddDeliverabilityModule()
            .AddCampaignsModule();
}
