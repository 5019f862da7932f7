using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Workspace.Application;
using PenguinMails.Workspace.Infrastructure.Persistence;

namespace PenguinMails.Workspace.Infrastructure;

public static class WorkspaceInfrastructureExtensions
{
    private const string WorkspaceNameTaken = "This workspace name is taken; choose another.";

    /// <summary>The Workspace module's DbContext, handlers, validators, repositories and mappings, and what its unique constraints mean.</summary>
    public static IServiceCollection AddWorkspaceInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton(new UniqueConstraintConflict("companies_workspace_name_key", "workspace-name-taken", WorkspaceNameTaken));
        services.AddSingleton(new UniqueConstraintConflict("ux_companies_workspace_name_lower", "workspace-name-taken", WorkspaceNameTaken));
        return services
            .AddModuleDbContext<WorkspaceDbContext>()
            .AddModuleServices(WorkspaceApplicationAssembly.Assembly, typeof(WorkspaceDbContext).Assembly);
    }
}
