using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Templates.CreateTemplate;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.CreateTemplate;

internal sealed class CreateTemplateCommandValidator : AbstractValidator<CreateTemplateCommand>
{
    public CreateTemplateCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedName(Template.MaxNameLength);
        RuleFor(c => c.Subject).MaximumLength(Template.MaxSubjectLength).ClosedPlaceholders();
        RuleFor(c => c.Content).ClosedPlaceholders();
    }
}
