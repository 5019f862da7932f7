using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Contracts.Me.ChangePassword;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.ChangePassword;

/// <summary>Every other session of the user is revoked: whoever knew the old password is signed out.</summary>
internal sealed class ChangePasswordCommandHandler(
    ICurrentUser current,
    ICallerContext caller,
    ITenantPoliciesRepository policies,
    CurrentSession session,
    IUserCredentialRepository credentials,
    IUserSessionRepository sessions,
    IMembershipRepository memberships,
    IPasswordHasher hasher,
    TimeProvider clock) : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = current.RequireUserId();
        var credential = await credentials.GetAsync(userId, cancellationToken)
                         ?? throw new NotFoundException("This account has no password to change.");
        if (hasher.Verify(credential.PasswordHash, request.CurrentPassword) == PasswordCheck.Wrong)
        {
            throw Invalid("currentPassword", ["The current password is not correct."]);
        }

        var policy = request.TenantId is { } tenantId ? await TenantPolicyAsync(userId, tenantId, cancellationToken) : PasswordPolicy.Default;
        var violations = policy.Violations(PasswordShape.Of(request.NewPassword));
        if (violations.Count > 0)
        {
            throw Invalid("newPassword", [.. violations.Select(v => $"The password {v}.")]);
        }

        var now = clock.GetUtcNow();
        credential.ChangePassword(hasher.Hash(request.NewPassword), PasswordShape.Of(request.NewPassword), now);
        await sessions.RevokeOthersAsync(userId, session.SessionId, now, cancellationToken);
        return Unit.Value;
    }

    private async Task<PasswordPolicy> TenantPolicyAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken)
    {
        await caller.ActAsAsync(userId, tenantId, [], cancellationToken);
        await memberships.GetActiveAsync(tenantId, userId, cancellationToken);
        var tenantPolicy = await policies.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        return PasswordPolicy.Strictest([PasswordPolicy.Default, tenantPolicy.PasswordPolicy]);
    }

    private static RequestValidationException Invalid(string field, string[] messages) =>
        new(new Dictionary<string, string[]> { [field] = messages });
}
