using FluentValidation;
using PenguinMails.Campaigns.Contracts.Campaigns.ScheduleCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.ScheduleCampaign;

internal sealed class ScheduleCampaignCommandValidator : AbstractValidator<ScheduleCampaignCommand>
{
    public ScheduleCampaignCommandValidator() => RuleFor(c => c.Scheduled).NotEmpty();
}
