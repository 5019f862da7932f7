using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Identity.Infrastructure;

namespace PenguinMails.Identity.Api;

/// <summary>The Identity module's entry point for the host.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services) => services.AddIdentityInfrastructure();
}
