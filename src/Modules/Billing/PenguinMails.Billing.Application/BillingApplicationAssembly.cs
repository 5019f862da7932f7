using System.Reflection;

namespace PenguinMails.Billing.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class BillingApplicationAssembly
{
    public static Assembly Assembly => typeof(BillingApplicationAssembly).Assembly;
}
