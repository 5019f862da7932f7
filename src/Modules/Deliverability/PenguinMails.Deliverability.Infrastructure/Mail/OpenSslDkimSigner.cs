using System.Security.Cryptography;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace PenguinMails.Deliverability.Infrastructure.Mail;

/// <summary>
/// MimeKit's DKIM signer with the RSA operation done by .NET's RSA (OpenSSL here) instead of BouncyCastle's managed
/// big integers: the signature was nine tenths of an e-mail's CPU in the engine. MimeKit still canonicalises and
/// hashes the headers; only the private-key step moves.
/// </summary>
internal sealed class OpenSslDkimSigner(AsymmetricKeyParameter key, byte[] pkcs8PrivateKey, string domain, string selector)
    : DkimSigner(key, domain, selector, DkimSignatureAlgorithm.RsaSha256)
{
    protected override ISigner CreateSigningContext() => new RsaSha256Signer(pkcs8PrivateKey);

    /// <summary>PKCS#1 v1.5 over SHA-256, the signature of rsa-sha256 (RFC 6376, 3.3.1).</summary>
    private sealed class RsaSha256Signer(byte[] pkcs8PrivateKey) : ISigner
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public string AlgorithmName => "SHA-256withRSA";

        public void Init(bool forSigning, ICipherParameters parameters)
        {
            if (!forSigning)
            {
                throw new NotSupportedException("This signer only signs.");
            }
        }

        public void Update(byte input) => _hash.AppendData([input]);

        public void BlockUpdate(byte[] input, int inOff, int inLen) => _hash.AppendData(input, inOff, inLen);

        public void BlockUpdate(ReadOnlySpan<byte> input) => _hash.AppendData(input);

        public int GetMaxSignatureSize() => 1024;

        public byte[] GenerateSignature()
        {
            // A fresh RSA object per signature: instances are not documented as safe to share across threads.
            using var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(pkcs8PrivateKey, out _);
            return rsa.SignHash(_hash.GetHashAndReset(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        public bool VerifySignature(byte[] signature) => throw new NotSupportedException("This signer only signs.");

        public void Reset() => _hash.GetHashAndReset();
    }
}
