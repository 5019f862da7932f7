using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Contracts.Me.DisableTwoFactor;

namespace PenguinMails.Identity.Application.Me.DisableTwoFactor;

internal sealed class DisableTwoFactorCommandHandler(ICurrentUser caller, IUserCredentialRepository credentials, ISecretProtector protector, TimeProvider clock)
    : IRequestHandler<DisableTwoFactorCommand, Unit>
{
    public async Task<Unit> Handle(DisableTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var credential = await credentials.GetAsync(userId, cancellationToken) ?? throw new NotFoundException("This account has no credentials.");
        var now = clock.GetUtcNow();
        if (credential is not { IsTwoFactorEnabled: true, TotpSecret: { } secret })
        {
            throw new ConflictException("two-factor-not-enabled", "Two-factor sign-in is not enabled.");
        }

        if (Totp.MatchedStep(protector.Unprotect(secret), request.Code, now) is not { } step || !credential.TryUseTotpStep(step, now))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["code"] = ["The code is not correct."] });
        }

        credential.DisableTwoFactor(now);

        return Unit.Value;
    }
}
