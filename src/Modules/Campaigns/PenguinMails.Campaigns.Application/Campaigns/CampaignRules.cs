using FluentValidation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns;

internal static class CampaignRules
{
    public static IRuleBuilderOptions<T, string> ValidCampaignName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= Campaign.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Campaign.MaxNameLength} characters.");
}
