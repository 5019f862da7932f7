using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// ASP.NET Core's PasswordHasher: PBKDF2-HMAC-SHA512, <see cref="IdentityOptions.PasswordHashIterations"/> iterations
/// (100,000 unless configured), 128-bit salt, versioned format. A hash with fewer iterations than configured verifies
/// as <see cref="PasswordCheck.CorrectNeedsRehash"/>.
/// </summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private static readonly object Anyone = new();
    private readonly PasswordHasher<object> _hasher;

    // A real hash of a random password, so checking against it costs exactly what a real check costs.
    private readonly string _decoyHash;

    public AspNetPasswordHasher(IOptions<IdentityOptions> options)
    {
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = options.Value.PasswordHashIterations }));
        _decoyHash = _hasher.HashPassword(Anyone, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    public string Hash(string password) => _hasher.HashPassword(Anyone, password);

    public PasswordCheck Verify(string hash, string password) => _hasher.VerifyHashedPassword(Anyone, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Correct,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.CorrectNeedsRehash,
        _ => PasswordCheck.Wrong,
    };

    public void VerifyNothing(string password) => _hasher.VerifyHashedPassword(Anyone, _decoyHash, password);
}
