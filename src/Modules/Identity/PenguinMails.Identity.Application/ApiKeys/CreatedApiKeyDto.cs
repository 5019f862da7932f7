namespace PenguinMails.Identity.Application.ApiKeys;

public sealed record CreatedApiKeyDto(ApiKeyDto Key, string Token);
