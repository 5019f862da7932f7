using FluentValidation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders;

internal static class FolderRules
{
    public static IRuleBuilderOptions<T, string> ValidFolderName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= Folder.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Folder.MaxNameLength} characters.");
}
