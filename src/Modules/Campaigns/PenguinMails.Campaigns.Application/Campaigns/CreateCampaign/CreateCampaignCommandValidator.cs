using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Campaigns.CreateCampaign;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        RuleFor(c => c.CompanyId).NotEmpty();
        RuleFor(c => c.Name).TrimmedName(Campaign.MaxNameLength);
        RuleFor(c => c.Description).MaximumLength(5000);
    }
}
