using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api;

/// <summary>
/// The resolver in force when no module provides one: nobody is authenticated, so every protected route answers
/// 401. It fails closed; the Identity module registers the real resolver.
/// </summary>
internal sealed class NoIdentityCallerResolver : ICallerResolver
{
    public Task<CallerResolution> ResolveAsync(string? bearerToken, Guid? tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(CallerResolution.Unauthenticated("No identity provider is configured."));
}
