using FluentValidation;
using PenguinMails.Campaigns.Contracts.Leads.ListLeads;

namespace PenguinMails.Campaigns.Application.Leads.ListLeads;

internal sealed class ListLeadsQueryValidator : AbstractValidator<ListLeadsQuery>
{
    public ListLeadsQueryValidator()
    {
        RuleFor(q => q.Status).ValidLeadStatus();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}
