using FluentValidation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags;

internal static class TagRules
{
    public static IRuleBuilderOptions<T, string> ValidTagValue<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(v => v is null || v.Trim().Length is > 0 and <= Tag.MaxValueLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Tag.MaxValueLength} characters.");
}
