using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Flags.UpdateFlag;

/// <summary>Changes the fields present; raising the percentage only ever adds tenants.</summary>
[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record UpdateFlagCommand(string? Description = null, bool? IsEnabled = null, int? RolloutPercentage = null) : ICommand<FeatureFlagDto>
{
    [JsonIgnore]
    public string Key { get; init; } = "";
}
