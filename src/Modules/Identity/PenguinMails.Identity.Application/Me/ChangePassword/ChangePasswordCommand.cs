using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Application.Me.ChangePassword;

/// <summary>A new password meeting the rules of every tenant the user belongs to; the current one proves it is the user.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Unit>;
