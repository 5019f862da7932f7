using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.Campaigns.Application.Campaigns;

namespace PenguinMails.Campaigns.Application.Campaigns.UpdateCampaign;

internal sealed class UpdateCampaignCommandValidator : PatchValidator<UpdateCampaignCommand>
{
    public UpdateCampaignCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.ValidCampaignName());
        RuleForPatch(c => c.Description, r => r.MaximumLength(5000));
        RuleForPatch(c => c.CompanyId, r => r.NotEmpty());
    }
}
