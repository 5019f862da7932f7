using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Contracts.Me.ConfirmTwoFactor;

namespace PenguinMails.Identity.Application.Me.ConfirmTwoFactor;

internal sealed class ConfirmTwoFactorCommandHandler(
    ICurrentUser caller,
    CurrentSession session,
    IUserCredentialRepository credentials,
    IUserSessionRepository sessions,
    ISecretProtector protector,
    TimeProvider clock) : IRequestHandler<ConfirmTwoFactorCommand, Unit>
{
    public async Task<Unit> Handle(ConfirmTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var credential = await credentials.GetAsync(userId, cancellationToken) ?? throw new NotFoundException("This account has no credentials.");
        var now = clock.GetUtcNow();
        // Not started or already enabled: no code to check, and ConfirmTwoFactor refuses with the rule that applies (409).
        var step = credential is { IsTwoFactorEnabled: false, TotpSecret: { } secret }
            ? Totp.MatchedStep(protector.Unprotect(secret), request.Code, now)
              ?? throw new RequestValidationException(new Dictionary<string, string[]> { ["code"] = ["The code is not correct."] })
            : 0;
        credential.ConfirmTwoFactor(step, now);
        if (session.SessionId is { } id && await sessions.GetAsync(id, cancellationToken) is { } current)
        {
            current.MarkTwoFactorVerified();
        }

        return Unit.Value;
    }
}
