using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure;

public static class BillingInfrastructureExtensions
{
    /// <summary>The Billing module's DbContext, handlers, validators, repositories and mappings.</summary>
    public static IServiceCollection AddBillingInfrastructure(this IServiceCollection services) =>
        services
            .AddModuleDbContext<BillingDbContext>()
            .AddModuleServices(BillingApplicationAssembly.Assembly, typeof(BillingDbContext).Assembly);
}
