using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Templates.UpdateTemplate;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.UpdateTemplate;

internal sealed class UpdateTemplateCommandValidator : PatchValidator<UpdateTemplateCommand>
{
    public UpdateTemplateCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.TrimmedName(Template.MaxNameLength));
        RuleForPatch(c => c.Subject, r => r.MaximumLength(Template.MaxSubjectLength).ClosedPlaceholders());
        RuleForPatch(c => c.Content, r => r.ClosedPlaceholders());
    }
}
