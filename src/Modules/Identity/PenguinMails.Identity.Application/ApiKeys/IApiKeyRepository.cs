using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys;

internal interface IApiKeyRepository : IRepository<ApiKey>
{
    Task<ApiKey?> GetAsync(Guid id, CancellationToken cancellationToken);
}
