using PenguinMails.Identity.Contracts.ApiKeys;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys;

internal static class ApiKeyMappings
{
    /// <summary>The key as listed: its token's first characters name it, the secret is never shown again.</summary>
    public static ApiKeyDto ToDto(this ApiKey k) =>
        new(k.Id, k.Name, $"{ApiKey.TokenPrefix}{k.Id:N}"[..11], k.Scopes, k.Expires, k.LastUsed, k.Revoked, k.CreatedBy, k.Created);
}
