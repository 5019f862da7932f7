namespace PenguinMails.Identity.Domain;

/// <summary>
/// What a tenant's password rules need to know of a password, without the password: its length and which
/// character classes it uses. Kept beside the hash so rules can be checked when a member joins later.
/// </summary>
internal sealed record PasswordShape(int Length, bool HasUppercase, bool HasNumber, bool HasSymbol)
{
    public static PasswordShape Of(string password) => new(
        password.Length,
        password.Any(char.IsUpper),
        password.Any(char.IsDigit),
        password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)));
}
