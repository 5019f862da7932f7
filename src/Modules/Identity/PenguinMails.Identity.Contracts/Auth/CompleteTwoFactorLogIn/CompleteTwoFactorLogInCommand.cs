using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.CompleteTwoFactorLogIn;

/// <summary>The second sign-in step: the challenge from the password step and a code from the authenticator app.</summary>
public sealed record CompleteTwoFactorLogInCommand(string ChallengeToken, string Code) : ICommand<LogInResult>;
