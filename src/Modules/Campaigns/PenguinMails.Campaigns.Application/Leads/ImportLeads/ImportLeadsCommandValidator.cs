using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;

namespace PenguinMails.Campaigns.Application.Leads.ImportLeads;

internal sealed class ImportLeadsCommandValidator : AbstractValidator<ImportLeadsCommand>
{
    public ImportLeadsCommandValidator()
    {
        RuleFor(c => c.OnExisting).NotEmpty().OneOf(LeadImportMode.All);
        RuleFor(c => c.Format).IsInEnum();
    }
}
