namespace PenguinMails.Workspace.Domain;

/// <summary>tenant_config.billing_address. Country is an ISO 3166-1 alpha-2 code.</summary>
internal sealed record BillingAddress(string Line1, string? Line2, string City, string? Region, string PostalCode, string Country);
