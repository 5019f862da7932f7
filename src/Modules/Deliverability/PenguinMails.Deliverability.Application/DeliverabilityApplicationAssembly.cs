using System.Reflection;

namespace PenguinMails.Deliverability.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class DeliverabilityApplicationAssembly
{
    public static Assembly Assembly => typeof(DeliverabilityApplicationAssembly).Assembly;
}
