using System.Reflection;

namespace PenguinMails.Staff.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class StaffApplicationAssembly
{
    public static Assembly Assembly => typeof(StaffApplicationAssembly).Assembly;
}
