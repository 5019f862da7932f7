using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Flags.DeleteFlag;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record DeleteFlagCommand(string Key) : ICommand<Unit>;
