using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

public static class QueryableExtensions
{
    /// <summary>
    /// The next <paramref name="take"/> rows in (created, id) order after the given position: one index range scan
    /// at any depth, where OFFSET would read every skipped row.
    /// </summary>
    public static Task<List<T>> CreationPageAsync<T>(this IQueryable<T> rows, DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken)
        where T : class, ICreationOrdered
    {
        if (afterCreated is { } created && afterId is { } id)
        {
            rows = rows.Where(r => r.Created > created || (r.Created == created && r.Id.CompareTo(id) > 0));
        }

        return rows.OrderBy(r => r.Created).ThenBy(r => r.Id).Take(take).ToListAsync(cancellationToken);
    }
}
