using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Auth.CompleteTwoFactorLogIn;

/// <summary>The second sign-in step: the challenge from the password step and a code from the authenticator app.</summary>
public sealed record CompleteTwoFactorLogInCommand(string ChallengeToken, string Code) : ICommand<LogInResult>;
