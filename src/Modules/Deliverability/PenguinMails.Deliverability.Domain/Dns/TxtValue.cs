namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>
/// A TXT record carries strings of at most 255 bytes each; a longer value (a 2048-bit DKIM key) is published as
/// several strings that receivers join. DNS panels take them as <c>"first" "second"</c>.
/// </summary>
internal static class TxtValue
{
    public const int MaxStringLength = 255;

    public static IReadOnlyList<string> Split(string value)
    {
        var chunks = new List<string>();
        for (var start = 0; start < value.Length; start += MaxStringLength)
        {
            chunks.Add(value.Substring(start, Math.Min(MaxStringLength, value.Length - start)));
        }

        return chunks.Count == 0 ? [string.Empty] : chunks;
    }

    /// <summary>The value as quoted strings, the form zone files and most DNS panels accept.</summary>
    public static string Quoted(string value) => string.Join(' ', Split(value).Select(chunk => $"\"{chunk}\""));
}
