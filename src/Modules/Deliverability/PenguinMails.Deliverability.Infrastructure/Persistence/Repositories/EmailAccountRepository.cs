using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Application.EmailAccounts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Repositories;

internal sealed class EmailAccountRepository(DeliverabilityDbContext context) : EfRepository<DeliverabilityDbContext, EmailAccount>(context), IEmailAccountRepository
{
    public Task<EmailAccount?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<EmailAccount?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM email_accounts WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public async Task<(EmailAccount Account, SendingDomain Domain)?> GetSenderAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await Set.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var domain = account?.DomainId is { } domainId
            ? await Context.SendingDomainRows.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).AsNoTracking().SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken)
            : null;
        return account is null || domain is null ? null : (account, domain);
    }

    public async Task<IReadOnlyList<(EmailAccount Account, SendingDomain? Domain)>> ListWithDomainsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await (from account in Set.AsNoTracking().Where(a => ids.Contains(a.Id))
                          join domain in Context.SendingDomainRows.AsNoTracking() on account.DomainId equals domain.Id into domains
                          from domain in domains.DefaultIfEmpty()
                          select new { account, domain }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.account, (SendingDomain?)r.domain))];
    }

    public Task<bool> ExistsAsync(string email, CancellationToken cancellationToken) =>
        Set.AnyAsync(a => a.Email.ToLower() == email, cancellationToken);

    public Task<int> CountAllAsync(CancellationToken cancellationToken) => Set.CountAsync(cancellationToken);

    public Task<int> CountWarmingAsync(CancellationToken cancellationToken) =>
        Set.CountAsync(a => a.Status == EmailAccountStatus.Warming, cancellationToken);

    public async Task PauseSendingAsync(Guid id, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Computed on the row itself, so two failures reported at once both count: five minutes, doubling per failure in a row, six hours at most.
        await Context.Database.ExecuteSqlAsync($"""
            UPDATE email_accounts
            SET sending_paused_until = {now} + LEAST(interval '5 minutes' * power(2, LEAST(sending_failures, 10)), interval '6 hours'),
                sending_error = {error}, sending_failures = sending_failures + 1
            WHERE id = {id}
            """, cancellationToken);
    }

    public Task ResumeSendingAsync(Guid id, CancellationToken cancellationToken) =>
        Set.Where(a => a.Id == id && a.SendingFailures > 0)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.SendingFailures, 0).SetProperty(x => x.SendingError, (string?)null)
                .SetProperty(x => x.SendingPausedUntil, (DateTimeOffset?)null), cancellationToken);

    private static readonly string[] SendingStatuses = [.. EmailAccountStatus.All.Where(s => s.Sends).Select(s => s.Name)];

    public async Task<SendClaim?> ClaimSendAsync(Guid id, DateOnly day, int platformCap, bool warmup, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claims = await Context.Database.SqlQuery<SendClaim>($"""
                UPDATE email_accounts
                SET daily_count = CASE WHEN daily_count_on = {day} THEN daily_count + 1 ELSE 1 END,
                    daily_count_on = {day},
                    last_warmed = CASE WHEN {warmup} THEN {now} ELSE last_warmed END,
                    updated = {now}
                WHERE id = {id}
                  AND status = ANY({SendingStatuses})
                  AND (daily_count_on IS DISTINCT FROM {day} OR daily_count < COALESCE(daily_limit, {platformCap}))
                RETURNING daily_count, COALESCE(daily_limit, {platformCap}) AS daily_cap
                """).ToListAsync(cancellationToken);
        return claims.Count == 0 ? null : claims[0];
    }
}
