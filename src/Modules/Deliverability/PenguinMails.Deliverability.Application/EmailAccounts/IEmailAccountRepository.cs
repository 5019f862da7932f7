using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts;

internal interface IEmailAccountRepository : IRepository<EmailAccount>
{
    Task<EmailAccount?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<EmailAccount?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string email, CancellationToken cancellationToken);

    Task<int> CountAllAsync(CancellationToken cancellationToken);

    Task<int> CountWarmingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Counts one send on <paramref name="day"/> in one statement, if the account may send and is under its cap (its
    /// own daily limit, or <paramref name="platformCap"/>): the day's count after it and the cap, or null when refused
    /// (missing, not sending, or at the cap).
    /// </summary>
    Task<SendClaim?> ClaimSendAsync(Guid id, DateOnly day, int platformCap, bool warmup, DateTimeOffset now, CancellationToken cancellationToken);
}

internal sealed record SendClaim(int DailyCount, int DailyCap);
