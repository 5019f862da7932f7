using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Flags.DeleteFlag;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record DeleteFlagCommand(string Key) : ICommand<Unit>;
