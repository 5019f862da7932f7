using FluentValidation;
using PenguinMails.Campaigns.Contracts.Templates.ListTemplates;

namespace PenguinMails.Campaigns.Application.Templates.ListTemplates;

internal sealed class ListTemplatesQueryValidator : AbstractValidator<ListTemplatesQuery>
{
    public ListTemplatesQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
    }
}
