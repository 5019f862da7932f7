using System.Buffers.Text;
using System.Text.Json;
using PenguinMails.BuildingBlocks.Application.Validation;

namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>
/// Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON. The next page starts
/// strictly after it (<c>WHERE (k1, k2) &gt; (@k1, @k2)</c>), so page 1,000 costs what page 1 costs.
/// A cursor is a position, not a secret; it is validated on the way in like any other input.
/// </summary>
public static class KeysetCursor
{
    private const int MaxEncodedLength = 1024;

    public static string Encode<T1, T2>(T1 first, T2 second) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new object?[] { first, second }));

    public static bool TryDecode<T1, T2>(string? cursor, out T1 first, out T2 second)
    {
        first = default!;
        second = default!;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxEncodedLength)
        {
            return false;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            var values = JsonSerializer.Deserialize<JsonElement[]>(bytes);
            if (values is not { Length: 2 })
            {
                return false;
            }

            first = Normalized(values[0].Deserialize<T1>()!);
            second = Normalized(values[1].Deserialize<T2>()!);
            return first is not null && second is not null && !TextInput.HasNul(first as string) && !TextInput.HasNul(second as string);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or NotSupportedException
                                              or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    // PostgreSQL's timestamptz takes UTC only (Npgsql refuses another offset): a position sent at +05:00 means the same
    // instant in UTC. One whose UTC form falls outside the calendar throws, and the cursor is not well formed.
    private static T Normalized<T>(T value) => value is DateTimeOffset instant ? (T)(object)instant.ToUniversalTime() : value;

    public static bool IsWellFormed<T1, T2>(string? cursor) => cursor is null || TryDecode<T1, T2>(cursor, out _, out _);
}
