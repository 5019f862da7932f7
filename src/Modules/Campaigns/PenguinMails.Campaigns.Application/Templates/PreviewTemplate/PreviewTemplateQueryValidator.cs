using FluentValidation;
using PenguinMails.Campaigns.Contracts.Templates.PreviewTemplate;

namespace PenguinMails.Campaigns.Application.Templates.PreviewTemplate;

internal sealed class PreviewTemplateQueryValidator : AbstractValidator<PreviewTemplateQuery>
{
    public PreviewTemplateQueryValidator() => RuleFor(q => q.LeadId).NotEmpty();
}
