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
    /// Counts one send on <paramref name="day"/> in one statement, if the account may send and is under
    /// <paramref name="cap"/>: the day's count after it, or null when refused (missing, not sending, or at the cap).
    /// </summary>
    Task<int?> ClaimSendAsync(Guid id, DateOnly day, int cap, bool warmup, DateTimeOffset now, CancellationToken cancellationToken);
}
