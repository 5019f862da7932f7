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

    public Task<bool> ExistsAsync(string email, CancellationToken cancellationToken) =>
        Set.AnyAsync(a => a.Email.ToLower() == email, cancellationToken);

    public Task<int> CountAllAsync(CancellationToken cancellationToken) => Set.CountAsync(cancellationToken);

    public Task<int> CountWarmingAsync(CancellationToken cancellationToken) =>
        Set.CountAsync(a => a.Status == EmailAccountStatus.Warming, cancellationToken);

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
