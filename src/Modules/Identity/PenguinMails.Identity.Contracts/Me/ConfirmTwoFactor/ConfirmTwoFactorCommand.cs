using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.ConfirmTwoFactor;

/// <summary>A code from the app enrolled by setup: turns two-factor sign-in on, and counts for the current session.</summary>
public sealed record ConfirmTwoFactorCommand(string Code) : ICommand<Unit>;
