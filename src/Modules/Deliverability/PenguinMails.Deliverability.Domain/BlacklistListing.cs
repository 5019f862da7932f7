namespace PenguinMails.Deliverability.Domain;

/// <summary>One provider's entry in smtp_ip_addresses.provider_blacklist_status, keyed by provider name.</summary>
internal sealed record BlacklistListing(bool Listed, DateTimeOffset? CheckedAt, string? Detail);
