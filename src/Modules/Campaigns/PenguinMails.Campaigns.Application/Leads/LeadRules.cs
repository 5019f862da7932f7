using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads;

internal static class LeadRules
{
    public const string InvalidEmail = "'{PropertyName}' is not a valid e-mail address.";

    public static IRuleBuilderOptions<T, string> ValidLeadEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(email => email is null || LeadEmail.IsValid(LeadEmail.Normalize(email))).WithMessage(InvalidEmail);

    public static IRuleBuilderOptions<T, string?> ValidLeadStatus<T>(this IRuleBuilder<T, string?> rule) => rule.OneOf(LeadStatus.Names);
}
