using FluentValidation;

namespace PenguinMails.Campaigns.Application.Leads.ExportLeads;

internal sealed class ExportLeadsQueryValidator : AbstractValidator<ExportLeadsQuery>
{
    public ExportLeadsQueryValidator() => RuleFor(q => q.Status).ValidLeadStatus();
}
