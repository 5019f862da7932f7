namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>One page of a list: <c>{ "items": [...], "nextCursor": "..." }</c>; nextCursor is null on the last page.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class CursorPage
{
    /// <summary>
    /// A page from rows read with one more than <paramref name="limit"/>: the extra row only says that a next page
    /// exists, whose cursor is the position of the page's last row.
    /// </summary>
    public static CursorPage<TItem> FromOverfetch<TRow, TItem>(IReadOnlyList<TRow> rows, int limit, Func<TRow, TItem> map, Func<TRow, string> cursorOf)
    {
        var page = rows.Take(limit).ToList();
        return new CursorPage<TItem>([.. page.Select(map)], rows.Count > limit ? cursorOf(page[^1]) : null);
    }
}
