using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.ConfirmSignUp;

/// <summary>The token of the link a sign-up sent: the account, its first tenant (the account its owner) and a session, all or nothing.</summary>
public sealed record ConfirmSignUpCommand(string Token) : ICommand<SignUpResultDto>;
