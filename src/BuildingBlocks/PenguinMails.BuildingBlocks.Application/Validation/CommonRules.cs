using System.Globalization;
using FluentValidation;

namespace PenguinMails.BuildingBlocks.Application.Validation;

/// <summary>Input rules every module uses, with one wording for each.</summary>
public static class CommonRules
{
    /// <summary>A name: 1 to <paramref name="maxLength"/> characters once trimmed (names are stored trimmed).</summary>
    public static IRuleBuilderOptions<T, string> TrimmedName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is var length && length > 0 && length <= maxLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {maxLength} characters.");

    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Null passes (absent or cleared); anything else is an e-mail address (surrounding spaces ignored).</summary>
    public static IRuleBuilderOptions<T, TValue> EmailAddressOrNull<T, TValue>(this IRuleBuilder<T, TValue> rule) =>
        rule.Must(value => value is null || (value is string email && email.Trim().Length <= MaxEmailLength && IsEmail(email.Trim())))
            .WithMessage("'{PropertyName}' is not a valid e-mail address.");

    /// <summary>Null passes (absent or cleared); anything else is an absolute https URL with a host.</summary>
    public static IRuleBuilderOptions<T, string?> HttpsUrl<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0))
            .WithMessage("'{PropertyName}' must be an absolute https URL.");

    /// <summary>Null passes (absent); any other value must be one of <paramref name="values"/>.</summary>
    public static IRuleBuilderOptions<T, TValue> OneOf<T, TValue>(this IRuleBuilder<T, TValue> rule, IReadOnlyList<string> values) =>
        rule.Must(v => v is null || (v is string text && values.Contains(text))).WithMessage($"'{{PropertyName}}' is one of: {string.Join(", ", values)}.");

    // One @, a non-empty local part without spaces, and a dotted domain of letters, digits and hyphens; and nothing that
    // makes one address look like another (LooksLikeAnother).
    private static bool IsEmail(string email)
    {
        if (LooksLikeAnother(email))
        {
            return false;
        }

        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || at > 64)
        {
            return false;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        return !local.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']')
               && domain.Contains('.')
               && domain.Split('.').All(label => label.Length is > 0 and <= 63
                                                 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c > 127)
                                                 && label[0] != '-' && label[^1] != '-');
    }

    /// <summary>
    /// Look-alikes of another address, refused rather than normalised (the API runs without ICU, so Unicode
    /// normalisation is not at hand): invisible characters (zero-width space, joiners, direction marks), combining marks
    /// (an accent typed apart from its letter), compatibility forms that stand for plainer ones (full-width letters,
    /// ligatures, letter-like and enclosed symbols, mathematical letters), and a part that mixes Latin, Greek or
    /// Cyrillic letters ("pаypal" with a Cyrillic а).
    /// </summary>
    public static bool LooksLikeAnother(string email) =>
        email.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                           or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                       || c is >= '\uFF00' and <= '\uFFEF' or >= '\uFB00' and <= '\uFB4F' or >= '\u2100' and <= '\u214F' or >= '\u2460' and <= '\u24FF')
        || email.Split('@', '.').Any(part => part.Where(char.IsLetter).Select(Script).Where(s => s != 0).Distinct().Count() > 1);

    // 1 Latin, 2 Greek, 3 Cyrillic: the scripts whose letters pass for each other; 0 any other.
    private static int Script(char c) => c switch
    {
        <= '\u024F' => 1,
        >= '\u0370' and <= '\u03FF' => 2,
        >= '\u0400' and <= '\u052F' => 3,
        _ => 0,
    };
}
