namespace PenguinMails.Identity.Contracts.ApiKeys;

/// <summary>A key as the API shows it: <c>prefix</c> identifies it; the secret is never shown again.</summary>
public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset? Expires, DateTimeOffset? LastUsed,
    DateTimeOffset? Revoked, Guid? CreatedBy, DateTimeOffset Created);
