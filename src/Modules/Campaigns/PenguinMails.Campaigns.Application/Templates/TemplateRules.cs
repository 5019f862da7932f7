using FluentValidation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates;

internal static class TemplateRules
{
    /// <summary>Text whose <c>{{</c> placeholders are all closed.</summary>
    public static IRuleBuilderOptions<T, string?> ClosedPlaceholders<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => TemplateText.FindProblem(text) is null).WithMessage((_, text) => TemplateText.FindProblem(text));
}
