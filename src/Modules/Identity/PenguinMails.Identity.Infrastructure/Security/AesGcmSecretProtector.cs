using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>AES-256-GCM with a random nonce per secret: "v1." + base64(nonce | tag | ciphertext).</summary>
internal sealed class AesGcmSecretProtector(IOptions<IdentityOptions> options) : ISecretProtector
{
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key = IdentityOptions.DecodeKey(options.Value.EncryptionKey, nameof(IdentityOptions.EncryptionKey), 32, 32);

    public string Protect(string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedSecret)
    {
        if (!protectedSecret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown protected-secret format.");
        }

        var input = Convert.FromBase64String(protectedSecret[Prefix.Length..]);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
