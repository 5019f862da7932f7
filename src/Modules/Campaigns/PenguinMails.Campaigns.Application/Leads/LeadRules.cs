using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads;

internal static class LeadRules
{
    public const string InvalidEmail = "'{PropertyName}' is not a valid e-mail address.";

    public static IRuleBuilderOptions<T, string> ValidLeadEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(email => email is null || LeadEmail.IsValid(LeadEmail.Normalize(email))).WithMessage(InvalidEmail);

    /// <summary>At most 50 fields, each named as <see cref="CustomField.IsValidName"/> says, with a value of at most 1,000 characters and no NUL.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> ValidCustomFields<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, string>?> rule) =>
        rule.Must(fields => fields is null || fields.Count <= CustomField.MaxFields)
            .WithMessage($"'{{PropertyName}}' holds at most {CustomField.MaxFields} fields.")
            .Must(fields => fields is null || fields.Keys.All(CustomField.IsValidName))
            .WithMessage($"'{{PropertyName}}' names start with a letter and hold only letters, digits and underscores (at most {CustomField.MaxNameLength}), and are not one of the lead's own fields ({string.Join(", ", CustomField.Reserved)}).")
            .Must(fields => fields is null || fields.Values.All(v => v is not null && v.Length <= CustomField.MaxValueLength && !v.Contains('\0')))
            .WithMessage($"'{{PropertyName}}' values are text of at most {CustomField.MaxValueLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidLeadStatus<T>(this IRuleBuilder<T, string?> rule) => rule.OneOf(LeadStatus.Names);
}
