using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Folders.RenameFolder;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders.RenameFolder;

internal sealed class RenameFolderCommandValidator : AbstractValidator<RenameFolderCommand>
{
    public RenameFolderCommandValidator() => RuleFor(c => c.Name).TrimmedName(Folder.MaxNameLength);
}
