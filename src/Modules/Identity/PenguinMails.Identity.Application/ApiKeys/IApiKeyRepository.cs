using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys;

internal interface IApiKeyRepository : IRepository<ApiKey>
{
    Task<ApiKey?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<List<ApiKey>> ListAsync(DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken);

    /// <summary>The current tenant's keys the user created that still work (not revoked), tracked for change.</summary>
    Task<List<ApiKey>> ListUnrevokedCreatedByAsync(Guid userId, CancellationToken cancellationToken);
}
