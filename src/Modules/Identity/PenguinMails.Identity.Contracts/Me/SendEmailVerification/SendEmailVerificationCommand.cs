using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.SendEmailVerification;

/// <summary>Sends (again) the link that verifies the caller's address.</summary>
public sealed record SendEmailVerificationCommand : ICommand<Unit>;
