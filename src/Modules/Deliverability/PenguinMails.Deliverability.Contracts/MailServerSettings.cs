namespace PenguinMails.Deliverability.Contracts;

/// <summary>An account's SMTP or IMAP server as clients send and read it. The password is never here: it is in the secret store.</summary>
public sealed record MailServerSettings(string Host, int Port, string Security, string Username);

/// <summary>One provider's entry in an SMTP IP's blacklist status, keyed by provider name.</summary>
public sealed record BlacklistListing(bool Listed, DateTimeOffset? CheckedAt, string? Detail);
