using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Mail;

/// <summary>What sending as an account takes from the secret store: its SMTP login and its domain's DKIM key.</summary>
internal static class SenderProfiles
{
    public static async Task<(SmtpAccount Smtp, DkimKey? Dkim)> RevealAsync(
        this ISecretStore secrets, EmailAccount account, SendingDomain domain, CancellationToken cancellationToken)
    {
        var smtp = account.SmtpSettings!;
        var password = account.VaultKeyPath is { } reference ? await secrets.RevealAsync(reference, cancellationToken) : null;
        var dkim = domain.DnsRecords?.Records.FirstOrDefault(r => r.RecordType == RecordKinds.Dkim) is { SecretRef: { } keyRef, Selector: { } selector }
            && await secrets.RevealAsync(keyRef, cancellationToken) is { } key
                ? new DkimKey(domain.Domain, selector, key)
                : null;
        return (new SmtpAccount(smtp.Host, smtp.Port, smtp.Security, smtp.Username, password), dkim);
    }
}
