using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>
/// A row of <c>user_credentials</c> (V4): how an account signs in. The password only as a slow hash and its
/// shape; the lock-out counter; the TOTP secret, encrypted, once the user enrolls in two-factor sign-in.
/// </summary>
internal sealed class UserCredential : Entity, IAggregateRoot
{
    /// <summary>How long the first lock lasts; each further one, after as many failures again, lasts twice as long.</summary>
    public static readonly TimeSpan FirstLockout = TimeSpan.FromMinutes(5);

    /// <summary>The longest a lock lasts, however long the failures go on.</summary>
    public static readonly TimeSpan LongestLockout = TimeSpan.FromHours(1);

    /// <summary>The threshold for an account that belongs to no tenant.</summary>
    public const int DefaultMaxLoginAttempts = 5;

    private UserCredential()
    {
    }

    public Guid UserId { get; private set; }

    public string PasswordHash { get; private set; } = default!;

    public int PasswordLength { get; private set; }

    public bool PasswordHasUppercase { get; private set; }

    public bool PasswordHasNumber { get; private set; }

    public bool PasswordHasSymbol { get; private set; }

    public DateTimeOffset PasswordChanged { get; private set; }

    public int FailedLoginAttempts { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public string? TotpSecret { get; private set; }

    public DateTimeOffset? TotpEnabled { get; private set; }

    /// <summary>The time step of the last code accepted: a code is good once (V8).</summary>
    public long? TotpLastStep { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public PasswordShape PasswordShape => new(PasswordLength, PasswordHasUppercase, PasswordHasNumber, PasswordHasSymbol);

    public bool IsTwoFactorEnabled => TotpEnabled is not null;

    public static UserCredential Create(Guid userId, string passwordHash, PasswordShape shape, DateTimeOffset now)
    {
        var credential = new UserCredential { UserId = userId, Created = now };
        credential.SetPassword(passwordHash, shape, now);
        return credential;
    }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>
    /// Counts a failed attempt; every <paramref name="maxAttempts"/>-th consecutive one locks sign-in from clients the
    /// account does not know, for twice as long as the lock before (from <see cref="FirstLockout"/> up to
    /// <see cref="LongestLockout"/>). The count runs until a sign-in succeeds.
    /// </summary>
    public void RecordFailedLogin(int maxAttempts, DateTimeOffset now)
    {
        FailedLoginAttempts++;
        if (FailedLoginAttempts % maxAttempts == 0)
        {
            var locks = FailedLoginAttempts / maxAttempts;
            LockedUntil = now + (locks > 10 ? LongestLockout : TimeSpan.FromTicks(Math.Min(FirstLockout.Ticks << (locks - 1), LongestLockout.Ticks)));
        }

        Updated = now;
    }

    public void RecordSuccessfulLogin(DateTimeOffset now)
    {
        FailedLoginAttempts = 0;
        LockedUntil = null;
        Updated = now;
    }

    public void ChangePassword(string passwordHash, PasswordShape shape, DateTimeOffset now) => SetPassword(passwordHash, shape, now);

    /// <summary>Keeps a new, not yet confirmed secret; an enrolled user must disable two-factor sign-in first.</summary>
    public void BeginTwoFactorEnrollment(string protectedSecret, DateTimeOffset now)
    {
        CheckRule(new TwoFactorNotYetEnabledRule(this));
        TotpSecret = protectedSecret;
        Updated = now;
    }

    public void ConfirmTwoFactor(long step, DateTimeOffset now)
    {
        CheckRule(new TwoFactorNotYetEnabledRule(this));
        CheckRule(new TwoFactorEnrollmentStartedRule(this));
        TotpEnabled = now;
        TotpLastStep = step;
        Updated = now;
    }

    /// <summary>Spends a code's time step; false when that step (or a later one) was used already: a replayed code.</summary>
    public bool TryUseTotpStep(long step, DateTimeOffset now)
    {
        if (TotpLastStep is { } last && step <= last)
        {
            return false;
        }

        TotpLastStep = step;
        Updated = now;
        return true;
    }

    public void DisableTwoFactor(DateTimeOffset now)
    {
        TotpSecret = null;
        TotpEnabled = null;
        TotpLastStep = null;
        Updated = now;
    }

    private void SetPassword(string passwordHash, PasswordShape shape, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        PasswordLength = shape.Length;
        PasswordHasUppercase = shape.HasUppercase;
        PasswordHasNumber = shape.HasNumber;
        PasswordHasSymbol = shape.HasSymbol;
        PasswordChanged = now;
        Updated = now;
    }
}
