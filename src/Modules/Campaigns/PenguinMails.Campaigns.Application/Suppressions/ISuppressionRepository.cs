using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Suppressions;

internal interface ISuppressionRepository : IRepository<Suppression>
{
    Task<Suppression?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string value, CancellationToken cancellationToken);
}

internal static class SuppressionConflicts
{
    public const string AlreadySuppressed = "already-suppressed";
}
