using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Configuration;

internal interface ITenantConfigRepository : IRepository<TenantConfig>
{
    Task<TenantConfig?> GetAsync(Guid tenantId, CancellationToken cancellationToken);
}
