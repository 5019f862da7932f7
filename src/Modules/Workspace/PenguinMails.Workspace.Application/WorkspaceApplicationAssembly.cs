using System.Reflection;

namespace PenguinMails.Workspace.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class WorkspaceApplicationAssembly
{
    public static Assembly Assembly => typeof(WorkspaceApplicationAssembly).Assembly;
}
