using System.ComponentModel.DataAnnotations;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// The Identity section of configuration. Both keys are secrets: they come from the environment or a secret
/// store (build/run.sh generates development keys outside the repository), never from a committed file.
/// </summary>
internal sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Base64 of at least 32 random bytes: signs access tokens and e-mailed links (HMAC-SHA256).</summary>
    [Required]
    public string SigningKey { get; set; } = "";

    /// <summary>Base64 of exactly 32 random bytes: encrypts TOTP secrets at rest (AES-256-GCM).</summary>
    [Required]
    public string EncryptionKey { get; set; } = "";

    /// <summary>The web client's address, for links in e-mails.</summary>
    public string WebBaseUrl { get; set; } = "http://localhost:3000";

    public string Issuer { get; set; } = "penguinmails";

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations for new password hashes. A stored hash records its own count, so raising this
    /// re-hashes each password at its owner's next sign-in. Test hosts lower it: the same hasher at a fraction of the CPU.
    /// </summary>
    [Range(1_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 100_000;

    internal static byte[] DecodeKey(string value, string name, int minBytes, int? exactBytes = null)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Identity:{name} must be base64.");
        }

        if (key.Length < minBytes || (exactBytes is { } exact && key.Length != exact))
        {
            throw new InvalidOperationException($"Identity:{name} must decode to {(exactBytes is null ? "at least " : "")}{exactBytes ?? minBytes} bytes.");
        }

        return key;
    }
}
