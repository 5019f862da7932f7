using FluentValidation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates;

internal static class TemplateRules
{
    public static IRuleBuilderOptions<T, string> ValidTemplateName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= Template.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Template.MaxNameLength} characters.");

    /// <summary>Text whose <c>{{</c> placeholders are all closed.</summary>
    public static IRuleBuilderOptions<T, string?> ClosedPlaceholders<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => TemplateText.FindProblem(text) is null).WithMessage((_, text) => TemplateText.FindProblem(text));
}
