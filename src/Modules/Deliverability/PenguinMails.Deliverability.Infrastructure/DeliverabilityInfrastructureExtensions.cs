using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Contracts;
using PenguinMails.Deliverability.Infrastructure.Billing;
using PenguinMails.Deliverability.Infrastructure.Workspace;
using PenguinMails.Workspace.Application.Contracts;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Infrastructure.Persistence;

namespace PenguinMails.Deliverability.Infrastructure;

public static class DeliverabilityInfrastructureExtensions
{
    /// <summary>The Deliverability module's DbContext, handlers, validators, repositories and mappings, and what it tells Workspace and Billing.</summary>
    public static IServiceCollection AddDeliverabilityInfrastructure(this IServiceCollection services) =>
        services
            .AddScoped<ICompanyDependents, CompanyDomains>()
            .AddScoped<IUsageCounter, DomainUsage>()
            .AddScoped<IUsageCounter, EmailAccountUsage>()
            .AddScoped<IUsageCounter, WarmupUsage>()
            .AddModuleDbContext<DeliverabilityDbContext>()
            .AddModuleServices(DeliverabilityApplicationAssembly.Assembly, typeof(DeliverabilityDbContext).Assembly);
}
