using FluentValidation;

namespace PenguinMails.Campaigns.Application.Campaigns.ScheduleCampaign;

internal sealed class ScheduleCampaignCommandValidator : AbstractValidator<ScheduleCampaignCommand>
{
    public ScheduleCampaignCommandValidator() => RuleFor(c => c.Scheduled).NotEmpty();
}
