using FluentValidation;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application;

/// <summary>The input rules Workspace use cases share.</summary>
internal static class WorkspaceValidation
{
    public const int MaxUrlLength = 500;

    public static IRuleBuilderOptions<T, string> ValidCompanyName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(Company.MaxNameLength);

    public static IRuleBuilderOptions<T, string> ValidWorkspaceName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(h => h is null || WorkspaceHandle.IsValid(h))
            .WithMessage($"'{{PropertyName}}' is {WorkspaceHandle.MinLength}–{WorkspaceHandle.MaxLength} lower-case letters, digits and hyphens, starting and ending with a letter or digit.");

    public static IRuleBuilderOptions<T, string?> HttpsUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxUrlLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0))
            .WithMessage("'{PropertyName}' must be an absolute https URL.");

    /// <summary>Null passes (absent); any other value must be one of <paramref name="values"/>.</summary>
    public static IRuleBuilderOptions<T, TValue> OneOf<T, TValue>(this IRuleBuilder<T, TValue> rule, IReadOnlyList<string> values) =>
        rule.Must(v => v is null || (v is string text && values.Contains(text))).WithMessage($"'{{PropertyName}}' is one of: {string.Join(", ", values)}.");
}
