namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>
/// A list query: at most <see cref="Limit"/> items after <see cref="Cursor"/>. <see cref="PagedQueryValidator{TQuery}"/>
/// checks both for every such query, so a list declares only its own filters.
/// </summary>
public interface IPagedQuery
{
    int Limit { get; }

    string? Cursor { get; }

    /// <summary>Whether the cursor is one this list issues: a created position unless the list orders by something else.</summary>
    bool IsIssuedCursor(string cursor) => CreatedPosition.IsWellFormed(cursor);
}
