using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Domains;

internal interface IDomainRepository : IRepository<SendingDomain>
{
    Task<SendingDomain?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The domain, locked until the transaction ends, so two checks of it never interleave.</summary>
    Task<SendingDomain?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<SendingDomain?> FindPrimaryAsync(Guid companyId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string asciiName, CancellationToken cancellationToken);

    Task<int> CountAllAsync(CancellationToken cancellationToken);

    Task<int> CountEmailAccountsAsync(Guid domainId, CancellationToken cancellationToken);

    /// <summary>
    /// One domain, of any tenant, whose re-check is due, locked with SKIP LOCKED so that instances share the work
    /// (the platform role only).
    /// </summary>
    Task<SendingDomain?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
