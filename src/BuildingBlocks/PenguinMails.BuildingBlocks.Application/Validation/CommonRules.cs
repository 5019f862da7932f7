using FluentValidation;

namespace PenguinMails.BuildingBlocks.Application.Validation;

/// <summary>Input rules every module uses, with one wording for each.</summary>
public static class CommonRules
{
    /// <summary>Null passes (absent or cleared); anything else is an absolute https URL with a host.</summary>
    public static IRuleBuilderOptions<T, string?> HttpsUrl<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0))
            .WithMessage("'{PropertyName}' must be an absolute https URL.");

    /// <summary>Null passes (absent); any other value must be one of <paramref name="values"/>.</summary>
    public static IRuleBuilderOptions<T, TValue> OneOf<T, TValue>(this IRuleBuilder<T, TValue> rule, IReadOnlyList<string> values) =>
        rule.Must(v => v is null || (v is string text && values.Contains(text))).WithMessage($"'{{PropertyName}}' is one of: {string.Join(", ", values)}.");
}
