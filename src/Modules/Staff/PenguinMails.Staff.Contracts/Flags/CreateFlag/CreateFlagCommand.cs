using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Flags.CreateFlag;

/// <summary>A new flag; the key is unique (409 at commit).</summary>
[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record CreateFlagCommand(string Key, string? Description = null, bool IsEnabled = false, int RolloutPercentage = 0) : ICommand<FeatureFlagDto>;
