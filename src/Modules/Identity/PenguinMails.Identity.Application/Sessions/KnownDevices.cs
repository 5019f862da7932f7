using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>
/// The clients an account has signed in from. A lock after repeated failures stops only clients the account does not
/// know, so whoever knows an address can slow guessing at it but cannot lock its owner out (ADR 0024).
/// </summary>
internal sealed class KnownDevices(ISignedTokens tokens, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public string Issue(UserCredential credential) =>
        tokens.IssueKnownDevice(credential.UserId, credential.PasswordChanged, clock.GetUtcNow() + Lifetime);

    /// <summary>The token names this account and the password it has now: a changed password forgets every device.</summary>
    public async Task<bool> IsKnownAsync(string? deviceToken, UserCredential credential) =>
        deviceToken is not null
        && await tokens.ReadKnownDeviceAsync(deviceToken) is { } device
        && device.UserId == credential.UserId
        && device.PasswordChanged == credential.PasswordChanged.ToUnixTimeMilliseconds();
}
