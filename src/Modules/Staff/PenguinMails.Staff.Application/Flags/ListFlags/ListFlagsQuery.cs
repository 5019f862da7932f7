using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Flags.ListFlags;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record ListFlagsQuery : IQuery<IReadOnlyList<FeatureFlagDto>>;
