using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Members.ChangeMemberRoles;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ChangeMemberRolesCommand(Guid UserId, IReadOnlyList<string> Roles) : ICommand<MemberDto>;
