using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Members.RemoveMember;

/// <summary>Removes a member (soft delete). Owners and admins remove others; anyone may leave; the last owner may not.</summary>
public sealed record RemoveMemberCommand(Guid UserId) : ICommand<Unit>;
