using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.ChangePassword;

/// <summary>A new password meeting the rules of every tenant the user belongs to; the current one proves it is the user.</summary>
/// <summary>
/// A new password meeting the platform's rules and, when <paramref name="TenantId"/> names a tenant the caller belongs
/// to, that tenant's rules too: what a tenant demands applies in that tenant, and its members choose to meet it.
/// </summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, Guid? TenantId = null) : ICommand<Unit>;
