using MediatR;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.LogIn;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.LogIn;

/// <summary>
/// Checks a password. An unknown address, a wrong password and a locked account get the same answer after the same slow hash;
/// consecutive failures past the platform's limit lock sign-in for a while, longer each time, for clients the account
/// does not know: a device it signed in from before is never locked out (ADR 0024). No tenant's policy reaches sign-in:
/// the account is the user's, not any one tenant's (ADR 0022).
/// </summary>
internal sealed class LogInCommandHandler(
    IUserRepository users,
    IUserCredentialRepository credentials,
    IPasswordHasher hasher,
    ISignedTokens tokens,
    ICallerContext caller,
    SessionIssuer sessionIssuer,
    KnownDevices devices,
    ISecurityEvents security,
    TimeProvider clock) : IRequestHandler<LogInCommand, LogInResult>
{
    public static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(5);

    internal static readonly LogInResult.Failed InvalidCredentials = new("invalid-credentials", "The e-mail address or password is not correct.");

    public async Task<LogInResult> Handle(LogInCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(EmailAddress.Normalize(request.Email), cancellationToken);
        if (user is null || !user.IsActive)
        {
            hasher.VerifyNothing(request.Password);
            security.Record(SecurityEventNames.AuthenticationFailures, "unknown_account");
            return InvalidCredentials;
        }

        await caller.ActAsAsync(user.Id, null, [], cancellationToken);
        var credential = await credentials.GetAsync(user.Id, cancellationToken);
        if (credential is null)
        {
            hasher.VerifyNothing(request.Password);
            security.Record(SecurityEventNames.AuthenticationFailures, "unknown_account", user.Id);
            return InvalidCredentials;
        }

        var now = clock.GetUtcNow();
        var knownDevice = await devices.IsKnownAsync(request.DeviceToken, credential);
        if (!knownDevice && credential.IsLockedOut(now))
        {
            hasher.VerifyNothing(request.Password);
            // Answered like any wrong password: a lock-out that showed would tell who has an account.
            security.Record(SecurityEventNames.AuthenticationFailures, "locked", user.Id);
            return InvalidCredentials;
        }

        var check = hasher.Verify(credential.PasswordHash, request.Password);
        if (check == PasswordCheck.Wrong)
        {
            credential.RecordFailedLogin(UserCredential.DefaultMaxLoginAttempts, now);
            security.Record(SecurityEventNames.AuthenticationFailures, "wrong_password", user.Id);
            if (credential.IsLockedOut(now))
            {
                security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.Lockout, user.Id);
            }

            return InvalidCredentials;
        }

        if (check == PasswordCheck.CorrectNeedsRehash)
        {
            credential.ChangePassword(hasher.Hash(request.Password), PasswordShape.Of(request.Password), credential.PasswordChanged);
        }

        if (credential.IsTwoFactorEnabled)
        {
            var expires = now + ChallengeLifetime;
            return new LogInResult.TwoFactorRequired(new TwoFactorChallengeDto(true, tokens.IssueTwoFactorChallenge(user.Id, credential.TotpLastStep, knownDevice, expires), expires));
        }

        credential.RecordSuccessfulLogin(now);
        return new LogInResult.Succeeded(SignedInDto.Of(sessionIssuer.Start(user.Id, twoFactorVerified: false), devices.Issue(credential)));
    }
}
