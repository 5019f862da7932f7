namespace PenguinMails.Identity.Contracts.ApiKeys;

public sealed record CreatedApiKeyDto(ApiKeyDto Key, string Token);
