using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Infrastructure.Persistence;

namespace PenguinMails.Deliverability.Infrastructure;

public static class DeliverabilityInfrastructureExtensions
{
    /// <summary>The Deliverability module's DbContext, handlers, validators, repositories and mappings.</summary>
    public static IServiceCollection AddDeliverabilityInfrastructure(this IServiceCollection services) =>
        services
            .AddModuleDbContext<DeliverabilityDbContext>()
            .AddModuleServices(DeliverabilityApplicationAssembly.Assembly, typeof(DeliverabilityDbContext).Assembly);
}
