namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>The tenant roles of <c>tenant_users.roles</c>.</summary>
public static class TenantRoles
{
    public const string Owner = "owner";
    public const string Admin = "admin";
    public const string Member = "member";

    public static readonly IReadOnlyList<string> All = [Owner, Admin, Member];

    /// <summary>Who may change a tenant's settings, members, policies, billing and API keys.</summary>
    public static readonly IReadOnlyList<string> Managers = [Owner, Admin];
}
