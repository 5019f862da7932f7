using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Auth.AcceptInvitation;

/// <summary>The invitee creates their account by choosing a password (and a name).</summary>
public sealed record AcceptInvitationCommand(string Token, string Password, string Name) : ICommand<InvitationAcceptedDto>;
