using FluentValidation;

namespace PenguinMails.Identity.Application.Me;

internal static class TwoFactorCodeRule
{
    public static IRuleBuilderOptions<T, string> SixDigitCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithMessage("The code is the six digits the authenticator app shows.");
}
