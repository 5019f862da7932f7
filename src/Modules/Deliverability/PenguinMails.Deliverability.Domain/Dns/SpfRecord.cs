using System.Net;
using System.Text.RegularExpressions;

namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>SPF (RFC 7208) as far as verification needs it: which TXT strings are SPF, and whether one is valid and includes the platform.</summary>
internal static partial class SpfRecord
{
    /// <summary>RFC 7208 section 4.6.4: more DNS-querying terms than this make the record fail at receivers.</summary>
    public const int MaxDnsLookups = 10;

    private static readonly HashSet<string> LookupMechanisms = ["include", "a", "mx", "ptr", "exists"];

    public static bool IsSpf(string text) =>
        text.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase) && (text.Length == 6 || text[6] == ' ');

    public static RecordVerdict Check(IReadOnlyList<string> texts, string platformInclude)
    {
        var spf = texts.Where(IsSpf).ToList();
        if (spf.Count == 0)
        {
            return RecordVerdict.Fail($"SPF record missing: publish a TXT record at @ with the value v=spf1 include:{platformInclude} -all.");
        }

        if (spf.Count > 1)
        {
            return RecordVerdict.Fail($"{spf.Count} SPF records found; a domain may publish only one. Merge them into one record that contains include:{platformInclude}.");
        }

        return CheckOne(spf[0], platformInclude);
    }

    private static RecordVerdict CheckOne(string record, string platformInclude)
    {
        var lookups = 0;
        var includesPlatform = false;
        foreach (var term in record.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (Modifier().Match(term) is { Success: true } modifier)
            {
                lookups += modifier.Groups["name"].Value.Equals("redirect", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                continue;
            }

            var mechanism = Mechanism().Match(term);
            if (!mechanism.Success || !IsValidArgument(mechanism.Groups["name"].Value.ToLowerInvariant(), mechanism.Groups["arg"].Value))
            {
                return RecordVerdict.Fail($"SPF record has an invalid term \"{Shorten(term)}\"; receivers treat the whole record as broken.");
            }

            var name = mechanism.Groups["name"].Value.ToLowerInvariant();
            if (name == "all" && mechanism.Groups["qualifier"].Value is "" or "+")
            {
                return RecordVerdict.Fail("SPF record ends with +all, which lets anyone send mail as this domain; use -all.");
            }

            lookups += LookupMechanisms.Contains(name) ? 1 : 0;
            includesPlatform |= name == "include" && mechanism.Groups["arg"].Value.Equals(platformInclude, StringComparison.OrdinalIgnoreCase);
        }

        if (lookups > MaxDnsLookups)
        {
            return RecordVerdict.Fail($"SPF record needs {lookups} DNS look-ups; receivers stop at {MaxDnsLookups}. Remove includes you no longer use.");
        }

        return includesPlatform
            ? RecordVerdict.Verified
            : RecordVerdict.Fail($"SPF record does not include include:{platformInclude}; add it before the all mechanism.");
    }

    private static bool IsValidArgument(string mechanism, string argument) => mechanism switch
    {
        "all" => argument.Length == 0,
        "include" or "exists" => argument.Length > 0,
        "ip4" => Network(argument, 32, System.Net.Sockets.AddressFamily.InterNetwork),
        "ip6" => Network(argument, 128, System.Net.Sockets.AddressFamily.InterNetworkV6),
        "a" or "mx" or "ptr" => true,
        _ => false,
    };

    private static bool Network(string argument, int maxPrefix, System.Net.Sockets.AddressFamily family)
    {
        var parts = argument.Split('/');
        return parts.Length <= 2
            && IPAddress.TryParse(parts[0], out var address) && address.AddressFamily == family
            && (parts.Length == 1 || (int.TryParse(parts[1], out var prefix) && prefix >= 0 && prefix <= maxPrefix));
    }

    private static string Shorten(string term) => term.Length <= 60 ? term : term[..60] + "…";

    [GeneratedRegex(@"^(?<qualifier>[+\-~?]?)(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<arg>[^\s]+))?(?:/\d+(?://\d+)?)?$")]
    private static partial Regex Mechanism();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9\-_.]*)=(?<value>\S*)$")]
    private static partial Regex Modifier();
}
