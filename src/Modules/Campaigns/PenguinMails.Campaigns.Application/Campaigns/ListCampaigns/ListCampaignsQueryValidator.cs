using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.ListCampaigns;

internal sealed class ListCampaignsQueryValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(CampaignStatus.All);
    }
}
