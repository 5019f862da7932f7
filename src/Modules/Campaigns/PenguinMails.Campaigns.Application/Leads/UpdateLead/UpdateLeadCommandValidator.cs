using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Leads.UpdateLead;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.UpdateLead;

internal sealed class UpdateLeadCommandValidator : PatchValidator<UpdateLeadCommand>
{
    public UpdateLeadCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.MaximumLength(Lead.MaxNameLength));
        RuleForPatch(c => c.FirstName, r => r.MaximumLength(Lead.MaxPartNameLength));
        RuleForPatch(c => c.LastName, r => r.MaximumLength(Lead.MaxPartNameLength));
        RuleForPatch(c => c.Company, r => r.MaximumLength(Lead.MaxCompanyLength));
        RuleForPatch(c => c.CustomFields, r => r.ValidCustomFields());
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(LeadStatus.Names));
    }
}
