using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Deliverability.Infrastructure.Workspace;
using PenguinMails.Workspace.Application.Contracts;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Infrastructure.Persistence;

namespace PenguinMails.Deliverability.Infrastructure;

public static class DeliverabilityInfrastructureExtensions
{
    /// <summary>The Deliverability module's DbContext, handlers, validators, repositories and mappings, and what it tells Workspace.</summary>
    public static IServiceCollection AddDeliverabilityInfrastructure(this IServiceCollection services) =>
        services
            .AddScoped<ICompanyDependents, CompanyDomains>()
            .AddModuleDbContext<DeliverabilityDbContext>()
            .AddModuleServices(DeliverabilityApplicationAssembly.Assembly, typeof(DeliverabilityDbContext).Assembly);
}
