using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.VerifyEmail;

/// <summary>The token from the link sent to the address proves the user receives mail there.</summary>
public sealed record VerifyEmailCommand(string Token) : ICommand<Unit>;
