using FluentValidation;
using PenguinMails.Campaigns.Application.Folders;

namespace PenguinMails.Campaigns.Application.Folders.RenameFolder;

internal sealed class RenameFolderCommandValidator : AbstractValidator<RenameFolderCommand>
{
    public RenameFolderCommandValidator() => RuleFor(c => c.Name).ValidFolderName();
}
