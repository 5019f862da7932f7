using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Application.ApiKeys;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Repositories;

internal sealed class ApiKeyRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, ApiKey>(context), IApiKeyRepository
{
    public Task<ApiKey?> GetAsync(Guid id, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
}
