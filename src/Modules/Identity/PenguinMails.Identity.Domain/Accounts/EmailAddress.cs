namespace PenguinMails.Identity.Domain;

/// <summary>Addresses are compared case-insensitively: stored and looked up trimmed and lower-cased.</summary>
public static class EmailAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
