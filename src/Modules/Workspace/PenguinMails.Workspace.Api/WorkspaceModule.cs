using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Workspace.Infrastructure;

namespace PenguinMails.Workspace.Api;

/// <summary>The Workspace module's entry point for the host.</summary>
public static class WorkspaceModule
{
    public static IServiceCollection AddWorkspaceModule(this IServiceCollection services) => services.AddWorkspaceInfrastructure();
}
