using FluentValidation;

namespace PenguinMails.BuildingBlocks.Application.Validation;

/// <summary>Input rules every module uses, with one wording for each.</summary>
public static class CommonRules
{
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

    // One @, a non-empty local part without spaces, and a dotted domain of letters, digits and hyphens.
    private static bool IsEmail(string email)
    {
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
}
