using System.Security.Cryptography;

namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>A DKIM signing key: the public half goes in DNS (p=, SubjectPublicKeyInfo in base64), the private half to the secret store only.</summary>
internal sealed class DkimKeyPair
{
    public const int KeySizeInBits = 2048;

    private DkimKeyPair(string publicKey, string privateKeyPem)
    {
        PublicKey = publicKey;
        PrivateKeyPem = privateKeyPem;
    }

    public string PublicKey { get; }

    public string PrivateKeyPem { get; }

    public static DkimKeyPair Generate()
    {
        using var rsa = RSA.Create(KeySizeInBits);
        return new DkimKeyPair(Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()), rsa.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Keeps the private key out of anything that prints the pair.</summary>
    public override string ToString() => $"DKIM key {PublicKey[..Math.Min(16, PublicKey.Length)]}…";
}
