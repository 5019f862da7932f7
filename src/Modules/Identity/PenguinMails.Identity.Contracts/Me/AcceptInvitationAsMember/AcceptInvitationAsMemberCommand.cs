using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.AcceptInvitationAsMember;

/// <summary>
/// A signed-in account accepts an invitation sent to its own address: how an existing account joins a tenant, by its
/// own choice. The membership starts now, or after approval when the tenant does not approve members automatically.
/// </summary>
public sealed record AcceptInvitationAsMemberCommand(string Token) : ICommand<InvitationJoinedDto>;
