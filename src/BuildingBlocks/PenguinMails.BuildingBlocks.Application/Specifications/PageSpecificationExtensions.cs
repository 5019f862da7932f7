using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Application.Specifications;

/// <summary>The keyset pages and literal text matches every list shares, as parts of a specification.</summary>
public static class PageSpecificationExtensions
{
    /// <summary>
    /// The next <paramref name="limit"/> rows in (created, id) order after <paramref name="after"/>, and one more to
    /// tell whether a next page exists: one index range scan at any depth, where OFFSET would read every skipped row.
    /// </summary>
    public static ISpecificationBuilder<T> CreationPage<T>(this ISpecificationBuilder<T> query, CreatedPosition? after, int limit)
        where T : class, ICreationOrdered
    {
        if (after is { } position)
        {
            query.Where(r => r.Created > position.Created || (r.Created == position.Created && r.Id.CompareTo(position.Id) > 0));
        }

        query.OrderBy(r => r.Created).ThenBy(r => r.Id).Take(limit + 1);
        return query;
    }

    /// <summary>The next <paramref name="limit"/> rows in id order after the cursor's id, and one more to tell whether a next page exists.</summary>
    public static ISpecificationBuilder<T> SequencePage<T>(this ISpecificationBuilder<T> query, string? cursor, int limit)
        where T : class, ISequenceOrdered
    {
        if (IdCursor.Decode(cursor) is { } afterId)
        {
            query.Where(r => r.Id > afterId);
        }

        query.OrderBy(r => r.Id).Take(limit + 1);
        return query;
    }
}

/// <summary>
/// LIKE patterns that match the text literally: % and _ in it are not wildcards (escape character \, which the
/// evaluator passes to LIKE with every <c>Search</c>).
/// </summary>
public static class LikePattern
{
    /// <summary>Values containing <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Literal(text) + "%";

    /// <summary>Values starting with <paramref name="text"/>: an index range scan with text_pattern_ops.</summary>
    public static string StartingWith(string text) => Literal(text) + "%";

    private static string Literal(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
