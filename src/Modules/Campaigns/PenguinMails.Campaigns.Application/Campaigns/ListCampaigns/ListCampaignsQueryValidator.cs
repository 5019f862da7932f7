using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Campaigns.ListCampaigns;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.ListCampaigns;

internal sealed class ListCampaignsQueryValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(CampaignStatus.Names);
    }
}
