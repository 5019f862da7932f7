using System.Globalization;

namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>The cursor of lists ordered by a database-generated id (Campaigns' folders and tags): the last id seen.</summary>
public static class IdCursor
{
    public static bool IsWellFormed(string? cursor) => cursor is null || Decode(cursor) is not null;

    public static long? Decode(string? cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Encode(long id) => id.ToString(CultureInfo.InvariantCulture);
}
