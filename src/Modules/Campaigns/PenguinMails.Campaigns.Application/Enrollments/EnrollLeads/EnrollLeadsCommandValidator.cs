using FluentValidation;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Contracts.Enrollments.EnrollLeads;

namespace PenguinMails.Campaigns.Application.Enrollments.EnrollLeads;

internal sealed class EnrollLeadsCommandValidator : AbstractValidator<EnrollLeadsCommand>
{
    public EnrollLeadsCommandValidator()
    {
        RuleFor(c => c).Must(c => (c.LeadIds is null) != (c.Filter is null))
            .OverridePropertyName("leadIds").WithMessage("Send either 'leadIds' (the leads to add) or 'filter' (which leads to add), not both.");
        RuleFor(c => c.LeadIds!).NotEmpty()
            .Must(ids => ids.Count <= EnrollLeadsCommand.MaxLeadIds).WithMessage($"'leadIds' holds at most {EnrollLeadsCommand.MaxLeadIds} ids; add more with a filter or in several calls.")
            .When(c => c.LeadIds is not null);
        RuleFor(c => c.Filter!.Status).ValidLeadStatus().When(c => c.Filter is not null).OverridePropertyName("filter.status");
        RuleFor(c => c.Filter!.Q).MaximumLength(200).When(c => c.Filter is not null).OverridePropertyName("filter.q");
    }
}
