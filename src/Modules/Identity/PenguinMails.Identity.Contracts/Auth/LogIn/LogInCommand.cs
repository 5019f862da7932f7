using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.LogIn;

/// <param name="DeviceToken">The device token of this client's last sign-in to the account, if it has one.</param>
public sealed record LogInCommand(string Email, string Password, string? DeviceToken = null) : ICommand<LogInResult>;
