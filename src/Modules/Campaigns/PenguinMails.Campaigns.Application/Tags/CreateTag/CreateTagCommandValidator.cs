using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Tags.CreateTag;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags.CreateTag;

internal sealed class CreateTagCommandValidator : AbstractValidator<CreateTagCommand>
{
    public CreateTagCommandValidator()
    {
        RuleFor(c => c.Value).TrimmedName(Tag.MaxValueLength);
        RuleFor(c => c.Name).MaximumLength(Tag.MaxNameLength);
        RuleFor(c => c.Description).MaximumLength(Tag.MaxDescriptionLength);
    }
}
