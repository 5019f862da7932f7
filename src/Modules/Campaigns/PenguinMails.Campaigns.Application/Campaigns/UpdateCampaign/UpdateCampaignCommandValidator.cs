using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.UpdateCampaign;

internal sealed class UpdateCampaignCommandValidator : PatchValidator<UpdateCampaignCommand>
{
    public UpdateCampaignCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.TrimmedName(Campaign.MaxNameLength));
        RuleForPatch(c => c.Description, r => r.MaximumLength(5000));
        RuleForPatch(c => c.CompanyId, r => r.NotEmpty());
    }
}
