using FluentValidation;
using PenguinMails.Campaigns.Contracts.Leads.CreateLead;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.CreateLead;

internal sealed class CreateLeadCommandValidator : AbstractValidator<CreateLeadCommand>
{
    public CreateLeadCommandValidator()
    {
        RuleFor(c => c.Email).ValidLeadEmail();
        RuleFor(c => c.Name).MaximumLength(Lead.MaxNameLength);
        RuleFor(c => c.FirstName).MaximumLength(Lead.MaxPartNameLength);
        RuleFor(c => c.LastName).MaximumLength(Lead.MaxPartNameLength);
        RuleFor(c => c.Company).MaximumLength(Lead.MaxCompanyLength);
        RuleFor(c => c.CustomFields).ValidCustomFields();
        RuleFor(c => c.Status).ValidLeadStatus();
    }
}
