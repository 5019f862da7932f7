using System.Text;
using PenguinMails.BuildingBlocks.Application.Validation;

namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>The cursor of lists ordered by a unique text key (leads by address): the last key seen, base64url, opaque to clients.</summary>
public static class TextCursor
{
    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The key, or null for a cursor that is not one this encoding issued (or would carry U+0000).</summary>
    public static string? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && Encoding.UTF8.GetString(bytes, 0, written) is var key
            && !TextInput.HasNul(key) ? key : null;
    }
}
