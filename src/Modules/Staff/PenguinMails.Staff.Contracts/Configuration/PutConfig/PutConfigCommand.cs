using System.Text.Json;
using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Configuration.PutConfig;

/// <summary>Creates or replaces an entry; a sensitive value can be replaced but never read back.</summary>
[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record PutConfigCommand(JsonElement Value, string? Description = null, string? Category = null, bool IsSensitive = false)
    : ICommand<SystemConfigDto>, ISecurityIncidentCommand<SystemConfigDto>
{
    public SecurityIncident DescribeIncident(SystemConfigDto response) => new(IsSensitive ? "sensitive_config_changed" : "config_changed", Key);

    [JsonIgnore]
    public string Key { get; init; } = "";
}
