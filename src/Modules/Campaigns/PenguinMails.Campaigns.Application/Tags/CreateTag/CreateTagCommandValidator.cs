using FluentValidation;
using PenguinMails.Campaigns.Application.Tags;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags.CreateTag;

internal sealed class CreateTagCommandValidator : AbstractValidator<CreateTagCommand>
{
    public CreateTagCommandValidator()
    {
        RuleFor(c => c.Value).ValidTagValue();
        RuleFor(c => c.Name).MaximumLength(Tag.MaxNameLength);
        RuleFor(c => c.Description).MaximumLength(Tag.MaxDescriptionLength);
    }
}
