using FluentValidation;
using PenguinMails.Campaigns.Application.Folders;

namespace PenguinMails.Campaigns.Application.Folders.CreateFolder;

internal sealed class CreateFolderCommandValidator : AbstractValidator<CreateFolderCommand>
{
    public CreateFolderCommandValidator() => RuleFor(c => c.Name).ValidFolderName();
}
