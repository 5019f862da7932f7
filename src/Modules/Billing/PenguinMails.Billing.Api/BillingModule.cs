using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Api.Plans;
using PenguinMails.Billing.Api.Subscriptions;
using PenguinMails.Billing.Infrastructure;

namespace PenguinMails.Billing.Api;

/// <summary>The Billing module's entry point for the host: its services, and its routes.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services) => services.AddBillingInfrastructure();

    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPlanEndpoints();
        endpoints.MapAdminPlanEndpoints();
        endpoints.MapSubscriptionEndpoints();
        return endpoints;
    }
}
