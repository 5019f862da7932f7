using System.Text.Json;

namespace PenguinMails.Staff.Contracts;

public static class StaffPermissionNames
{
    public const string StaffManage = "staff.manage";
    public const string PlansManage = "plans.manage";
    public const string InfrastructureManage = "infrastructure.manage";
    public const string ConfigManage = "config.manage";
    public const string FlagsManage = "flags.manage";
    public const string TenantsRead = "tenants.read";
}

public sealed record StaffMemberDto(Guid UserId, int? RoleId, string? RoleName, string? Notes, DateTimeOffset Created, DateTimeOffset Updated);

public sealed record StaffRoleDto(int Id, string? Name, string? Description, IReadOnlyList<string> Permissions, DateTimeOffset Created);

public sealed record PermissionDto(int Id, string? Name, string? Description, string Category);

/// <summary>A configuration entry; a sensitive value reads as <c>"***"</c>.</summary>
public sealed record SystemConfigDto(string Key, JsonElement? Value, string? Description, string? Category, bool IsSensitive, Guid? UpdatedBy, DateTimeOffset Updated);

public sealed record FeatureFlagDto(Guid Id, string Key, string? Description, bool IsEnabled, int RolloutPercentage, Guid? UpdatedBy, DateTimeOffset Updated);

/// <summary>A tenant as support sees it: its plan and what it uses.</summary>
public sealed record TenantSummaryDto(Guid Id, string? Name, DateTimeOffset Created, DateTimeOffset? Deleted, string? PlanSlug, string? SubscriptionStatus,
    int Members, int Domains, int EmailAccounts, int Leads, int Campaigns);
