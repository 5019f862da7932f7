using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Workspace.Application;
using PenguinMails.Workspace.Infrastructure.Persistence;

namespace PenguinMails.Workspace.Infrastructure;

public static class WorkspaceInfrastructureExtensions
{
    /// <summary>The Workspace module's DbContext, handlers, validators, repositories and mappings.</summary>
    public static IServiceCollection AddWorkspaceInfrastructure(this IServiceCollection services) =>
        services
            .AddModuleDbContext<WorkspaceDbContext>()
            .AddModuleServices(WorkspaceApplicationAssembly.Assembly, typeof(WorkspaceDbContext).Assembly);
}
