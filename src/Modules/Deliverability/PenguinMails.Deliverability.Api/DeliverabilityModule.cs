using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Deliverability.Infrastructure;

namespace PenguinMails.Deliverability.Api;

/// <summary>The Deliverability module's entry point for the host.</summary>
public static class DeliverabilityModule
{
    public static IServiceCollection AddDeliverabilityModule(this IServiceCollection services) => services.AddDeliverabilityInfrastructure();
}
