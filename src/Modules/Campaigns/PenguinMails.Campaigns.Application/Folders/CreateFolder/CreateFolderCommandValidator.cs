using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Folders.CreateFolder;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders.CreateFolder;

internal sealed class CreateFolderCommandValidator : AbstractValidator<CreateFolderCommand>
{
    public CreateFolderCommandValidator() => RuleFor(c => c.Name).TrimmedName(Folder.MaxNameLength);
}
