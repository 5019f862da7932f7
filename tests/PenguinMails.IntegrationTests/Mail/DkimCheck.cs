using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace PenguinMails.IntegrationTests.Mail;

/// <summary>Verifies a message's DKIM signature against a DKIM TXT record's value, as a receiving server would.</summary>
public static class DkimCheck
{
    public static async Task<bool> VerifiesAsync(MimeMessage message, string publishedRecord)
    {
        var index = message.Headers.IndexOf(HeaderId.DkimSignature);
        return index >= 0 && await new DkimVerifier(new RecordLocator(publishedRecord)).VerifyAsync(message, message.Headers[index]);
    }

    private sealed class RecordLocator(string record) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            GetPublicKey(record);

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(GetPublicKey(record));
    }
}
