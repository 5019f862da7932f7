using Microsoft.AspNetCore.Identity;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>ASP.NET Core's PasswordHasher: PBKDF2-HMAC-SHA512, 100,000 iterations, 128-bit salt, versioned format.</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Anyone = new();

    // A real hash of a random password, so checking against it costs exactly what a real check costs.
    private static readonly string DecoyHash = Hasher.HashPassword(Anyone, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));

    public string Hash(string password) => Hasher.HashPassword(Anyone, password);

    public PasswordCheck Verify(string hash, string password) => Hasher.VerifyHashedPassword(Anyone, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Correct,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.CorrectNeedsRehash,
        _ => PasswordCheck.Wrong,
    };

    public void VerifyNothing(string password) => Hasher.VerifyHashedPassword(Anyone, DecoyHash, password);
}
