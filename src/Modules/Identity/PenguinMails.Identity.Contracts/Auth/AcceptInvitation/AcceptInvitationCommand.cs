using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.AcceptInvitation;

/// <summary>The invitee creates their account by choosing a password (and a name).</summary>
public sealed record AcceptInvitationCommand(string Token, string Password, string Name) : ICommand<InvitationAcceptedDto>;
