using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.DisableTwoFactor;

/// <summary>Turns two-factor sign-in off; a current code proves the caller still holds the second factor.</summary>
public sealed record DisableTwoFactorCommand(string Code) : ICommand<Unit>;
