using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Flags.ListFlags;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record ListFlagsQuery : IQuery<IReadOnlyList<FeatureFlagDto>>;
