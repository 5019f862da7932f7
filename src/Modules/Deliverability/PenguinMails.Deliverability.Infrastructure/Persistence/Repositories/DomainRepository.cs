using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Application.Domains;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Repositories;

internal sealed class DomainRepository(DeliverabilityDbContext context) : EfRepository<DeliverabilityDbContext, SendingDomain>(context), IDomainRepository
{
    public Task<SendingDomain?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<SendingDomain?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM domains WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<SendingDomain?> FindPrimaryAsync(Guid companyId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(d => d.CompanyId == companyId && d.IsPrimary, cancellationToken);

    public Task<bool> ExistsAsync(string asciiName, CancellationToken cancellationToken) =>
        Set.AnyAsync(d => d.Domain == asciiName, cancellationToken);

    public Task<int> CountAllAsync(CancellationToken cancellationToken) => Set.CountAsync(cancellationToken);

    public Task<int> CountEmailAccountsAsync(Guid domainId, CancellationToken cancellationToken) =>
        Context.EmailAccountRows.CountAsync(a => a.DomainId == domainId, cancellationToken);

    public Task<SendingDomain?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Set.FromSql($"""
                SELECT * FROM domains
                WHERE dns_next_check_at <= {now}
                ORDER BY dns_next_check_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(cancellationToken);
}
