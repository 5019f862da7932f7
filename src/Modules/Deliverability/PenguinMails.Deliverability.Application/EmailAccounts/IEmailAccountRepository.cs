using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts;

internal interface IEmailAccountRepository : IRepository<EmailAccount>
{
    Task<EmailAccount?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<EmailAccount?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The account and its domain for the sending engine, whatever the scope's tenant (platform work; under the API's
    /// role row-level security still hides other tenants' rows).
    /// </summary>
    Task<(EmailAccount Account, SendingDomain Domain)?> GetSenderAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string email, CancellationToken cancellationToken);

    Task<int> CountAllAsync(CancellationToken cancellationToken);

    Task<int> CountWarmingAsync(CancellationToken cancellationToken);

    /// <summary>The tenant's accounts among <paramref name="ids"/>, each with its domain (null if gone), in one query.</summary>
    Task<IReadOnlyList<(EmailAccount Account, SendingDomain? Domain)>> ListWithDomainsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Pauses the account's sending after a failure, in one statement, with back-off by its failures in a row.</summary>
    Task PauseSendingAsync(Guid id, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends a failure streak after a delivery went through (one statement, only when there was one).</summary>
    Task ResumeSendingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one send on <paramref name="day"/> in one statement, if the account may send and is under its cap (its
    /// own daily limit, or <paramref name="platformCap"/>): the day's count after it and the cap, or null when refused
    /// (missing, not sending, or at the cap).
    /// </summary>
    Task<SendClaim?> ClaimSendAsync(Guid id, DateOnly day, int platformCap, bool warmup, DateTimeOffset now, CancellationToken cancellationToken);
}

internal sealed record SendClaim(int DailyCount, int DailyCap);
