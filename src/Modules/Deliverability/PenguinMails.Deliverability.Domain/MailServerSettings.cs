namespace PenguinMails.Deliverability.Domain;

/// <summary>email_accounts.imap_settings and smtp_settings. The password is never here: it is in the secret store.</summary>
internal sealed record MailServerSettings(string Host, int Port, string Security, string Username);
