using System.Globalization;
using System.Net;

namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>
/// A sending domain's name as stored: RFC 1035/1123 letters, digits and hyphens, lower-case, internationalised
/// names in their ASCII (punycode) form, at least two labels, no trailing dot.
/// </summary>
internal static class HostName
{
    public const int MaxLength = 253;
    public const int MaxLabelLength = 63;

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>The stored form of <paramref name="input"/>, or null with the reason it is not a host name.</summary>
    public static string? Normalize(string input, out string? problem)
    {
        problem = Check(input, out var ascii);
        return problem is null ? ascii : null;
    }

    private static string? Check(string input, out string ascii)
    {
        ascii = string.Empty;
        if (string.IsNullOrEmpty(input))
        {
            return "Enter a domain name, such as example.com.";
        }

        if (input.Any(char.IsWhiteSpace))
        {
            return "A domain name cannot contain spaces.";
        }

        if (input.EndsWith('.'))
        {
            return "Leave out the trailing dot: example.com, not example.com.";
        }

        if (input.StartsWith('[') || IPAddress.TryParse(input, out _))
        {
            return "An IP address is not a domain name; sending domains are names such as example.com.";
        }

        if (input.Length > MaxLength)
        {
            return $"A domain name has at most {MaxLength} characters.";
        }

        try
        {
            ascii = Idn.GetAscii(input).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return "This is not a valid domain name: use letters, digits and hyphens between dots, such as mail.example.com.";
        }

        if (ascii.Length > MaxLength)
        {
            return $"A domain name has at most {MaxLength} characters.";
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return "Enter the full domain name, such as example.com.";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength)
            {
                return $"Each part of a domain name between dots has 1 to {MaxLabelLength} characters.";
            }

            if (label.StartsWith('-') || label.EndsWith('-') || !label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return "This is not a valid domain name: use letters, digits and hyphens between dots (not at the start or end of a part).";
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? "The last part of a domain name cannot be all digits." : null;
    }
}
