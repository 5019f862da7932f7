using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Api;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Campaigns.Api;
using PenguinMails.Database;
using PenguinMails.Deliverability.Api;
using PenguinMails.Identity.Api;
using PenguinMails.Staff.Api;
using PenguinMails.Workspace.Api;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>Every module registered as the host registers it, without HTTP: for tests of the persistence seam.</summary>
public static class ModuleServices
{
    public static ServiceProvider Build(string apiConnectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Api"] = apiConnectionString })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBuildingBlocksInfrastructure(configuration, PenguinMailsDatabase.Migrations)
            .AddIdentityModule().AddWorkspaceModule().AddBillingModule().AddStaffModule().AddDeliverabilityModule().AddCampaignsModule();
        return services.BuildServiceProvider();
    }
}
