using FluentValidation;

namespace PenguinMails.Staff.Application.Flags;

internal static class FlagRules
{
    public static IRuleBuilderOptions<T, string> ValidFlagKey<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(100).Matches("^[a-z0-9]+([._][a-z0-9]+)*$")
            .WithMessage("'Key' is lower-case letters and digits, joined by dots or underscores.");
}
