using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;
using MailServer = PenguinMails.Deliverability.Contracts.MailServerSettings;
using MailServerSettings = PenguinMails.Deliverability.Domain.MailServerSettings;

namespace PenguinMails.Deliverability.Application.Contracts;

internal static class EmailAccountMapping
{
    public static EmailAccountDto ToDto(this EmailAccount account, DateOnly today, int cap) => new(
        account.Id,
        account.DomainId,
        account.Email,
        account.Provider,
        account.SmtpSettings?.ToContract(),
        account.ImapSettings?.ToContract(),
        account.VaultKeyPath is not null,
        account.Status,
        account.LastWarmed,
        account.SentOn(today),
        cap,
        account.Created,
        account.Updated);

    public static MailServer ToContract(this MailServerSettings settings) => new(settings.Host, settings.Port, settings.Security, settings.Username);

    public static MailServerSettings ToDomain(this MailServer settings) => new(settings.Host, settings.Port, settings.Security, settings.Username);
}
