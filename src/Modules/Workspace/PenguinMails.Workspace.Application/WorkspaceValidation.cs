using FluentValidation;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application;

/// <summary>The input rules Workspace use cases share.</summary>
internal static class WorkspaceValidation
{
    public const int MaxUrlLength = 500;

    public static IRuleBuilderOptions<T, string> ValidCompanyName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Company.MaxNameLength);

    public static IRuleBuilderOptions<T, string> ValidWorkspaceName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(h => h is null || WorkspaceHandle.IsValid(h))
            .WithMessage($"'{{PropertyName}}' is {WorkspaceHandle.MinLength}–{WorkspaceHandle.MaxLength} lower-case letters, digits and hyphens, starting and ending with a letter or digit.");
}
