using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.SetUpTwoFactor;

/// <summary>
/// Starts enrollment: a new secret, shown this once for the authenticator app. Two-factor sign-in is on only
/// after <c>ConfirmTwoFactorCommand</c> proves the app produces its codes.
/// </summary>
public sealed record SetUpTwoFactorCommand : ICommand<TwoFactorSetupDto>;
