using FluentValidation;
using PenguinMails.Campaigns.Contracts.Leads.ExportLeads;

namespace PenguinMails.Campaigns.Application.Leads.ExportLeads;

internal sealed class ExportLeadsQueryValidator : AbstractValidator<ExportLeadsQuery>
{
    public ExportLeadsQueryValidator() => RuleFor(q => q.Status).ValidLeadStatus();
}
