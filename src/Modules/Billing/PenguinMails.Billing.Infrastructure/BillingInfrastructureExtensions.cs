using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure;

public static class BillingInfrastructureExtensions
{
    /// <summary>The Billing module's DbContext, handlers, validators, repositories and mappings, and its configuration section.</summary>
    public static IServiceCollection AddBillingInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section);
        return services
            .AddModuleDbContext<BillingDbContext>()
            .AddModuleServices(BillingApplicationAssembly.Assembly, typeof(BillingDbContext).Assembly);
    }
}
