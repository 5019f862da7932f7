using System.Globalization;

namespace PenguinMails.Campaigns.Application.Folders;

/// <summary>The cursor of lists ordered by a database-generated id (folders, tags): the last id seen.</summary>
internal static class IdCursor
{
    public static bool IsWellFormed(string? cursor) => cursor is null || Decode(cursor) is not null;

    public static long? Decode(string? cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Encode(long id) => id.ToString(CultureInfo.InvariantCulture);
}
