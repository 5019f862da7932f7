using FluentValidation;
using PenguinMails.Campaigns.Application.Campaigns;

namespace PenguinMails.Campaigns.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        RuleFor(c => c.CompanyId).NotEmpty();
        RuleFor(c => c.Name).ValidCampaignName();
        RuleFor(c => c.Description).MaximumLength(5000);
    }
}
