namespace PenguinMails.Identity.Domain;

/// <summary>
/// Addresses are compared case-insensitively: stored and looked up trimmed and lower-cased. Look-alikes of another
/// address never get this far (<c>CommonRules.LooksLikeAnother</c>).
/// </summary>
internal static class EmailAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
