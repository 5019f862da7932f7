using MediatR;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.CompleteTwoFactorLogIn;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.CompleteTwoFactorLogIn;

/// <summary>
/// A wrong code counts as a failed sign-in, toward the same lock-out as a wrong password, which stops this step too
/// unless the password step came from a device the account knows.
/// </summary>
internal sealed class CompleteTwoFactorLogInCommandHandler(
    IUserCredentialRepository credentials,
    ISignedTokens tokens,
    ISecretProtector protector,
    ICallerContext caller,
    SessionIssuer sessionIssuer,
    KnownDevices devices,
    ISecurityEvents security,
    TimeProvider clock) : IRequestHandler<CompleteTwoFactorLogInCommand, LogInResult>
{
    private static readonly LogInResult.Failed InvalidChallenge = new("invalid-two-factor-challenge", "The sign-in challenge is not valid or has expired; sign in again.");
    private static readonly LogInResult.Failed InvalidCode = new("invalid-two-factor-code", "The code is not correct.");

    public async Task<LogInResult> Handle(CompleteTwoFactorLogInCommand request, CancellationToken cancellationToken)
    {
        if (await tokens.ReadTwoFactorChallengeAsync(request.ChallengeToken) is not { } challenge)
        {
            security.Record(SecurityEventNames.AuthenticationFailures, "invalid_token");
            return InvalidChallenge;
        }

        var userId = challenge.UserId;
        await caller.ActAsAsync(userId, null, [], cancellationToken);
        var credential = await credentials.GetAsync(userId, cancellationToken);
        // A code accepted since the challenge was issued spent it: a challenge signs in once.
        if (credential is not { IsTwoFactorEnabled: true, TotpSecret: { } secret } || credential.TotpLastStep != challenge.LastCodeStep)
        {
            security.Record(SecurityEventNames.AuthenticationFailures, "invalid_token", userId);
            return InvalidChallenge;
        }

        var now = clock.GetUtcNow();
        if (!challenge.KnownDevice && credential.IsLockedOut(now))
        {
            security.Record(SecurityEventNames.AuthenticationFailures, "locked", userId);
            return new LogInResult.LockedOut(credential.LockedUntil!.Value - now);
        }

        // A code seen before (even a right one) is refused like a wrong one: whoever watched it typed gains nothing.
        if (Totp.MatchedStep(protector.Unprotect(secret), request.Code, now) is not { } step || !credential.TryUseTotpStep(step, now))
        {
            credential.RecordFailedLogin(UserCredential.DefaultMaxLoginAttempts, now);
            security.Record(SecurityEventNames.AuthenticationFailures, "bad_2fa_code", userId);
            if (!challenge.KnownDevice && credential.IsLockedOut(now))
            {
                security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.Lockout, userId);
            }

            return InvalidCode;
        }

        credential.RecordSuccessfulLogin(now);
        return new LogInResult.Succeeded(SignedInDto.Of(sessionIssuer.Start(userId, twoFactorVerified: true), devices.Issue(credential)));
    }
}
