using System.Reflection;

namespace PenguinMails.Campaigns.Application;

/// <summary>Names this assembly for registration (Scrutor scans it for handlers, validators and mappings).</summary>
internal static class CampaignsApplicationAssembly
{
    public static Assembly Assembly => typeof(CampaignsApplicationAssembly).Assembly;
}
