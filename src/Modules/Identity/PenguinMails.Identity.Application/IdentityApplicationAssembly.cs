using System.Reflection;

namespace PenguinMails.Identity.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class IdentityApplicationAssembly
{
    public static Assembly Assembly => typeof(IdentityApplicationAssembly).Assembly;
}
