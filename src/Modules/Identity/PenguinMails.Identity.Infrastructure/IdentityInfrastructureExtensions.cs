using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Identity.Application;
using PenguinMails.Identity.Infrastructure.Persistence;

namespace PenguinMails.Identity.Infrastructure;

public static class IdentityInfrastructureExtensions
{
    /// <summary>The Identity module's DbContext, handlers, validators, repositories and mappings.</summary>
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services) =>
        services
            .AddModuleDbContext<IdentityDbContext>()
            .AddModuleServices(IdentityApplicationAssembly.Assembly, typeof(IdentityDbContext).Assembly);
}
