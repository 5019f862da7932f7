using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Application.ApiKeys;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Repositories;

internal sealed class ApiKeyRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, ApiKey>(context), IApiKeyRepository
{
    public Task<ApiKey?> GetAsync(Guid id, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);

    public Task<List<ApiKey>> ListAsync(DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken) =>
        Set.AsNoTracking().CreationPageAsync(afterCreated, afterId, take, cancellationToken);

    public Task<List<ApiKey>> ListUnrevokedCreatedByAsync(Guid userId, CancellationToken cancellationToken) =>
        Set.Where(k => k.CreatedBy == userId && k.Revoked == null).ToListAsync(cancellationToken);
}
