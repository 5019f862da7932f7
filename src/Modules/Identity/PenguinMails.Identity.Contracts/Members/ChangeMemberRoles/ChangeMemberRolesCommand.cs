using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Members.ChangeMemberRoles;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ChangeMemberRolesCommand(Guid UserId, IReadOnlyList<string> Roles) : ICommand<MemberDto>;
