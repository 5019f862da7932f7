using FluentValidation;
using PenguinMails.Identity.Application.Me.DisableTwoFactor;

namespace PenguinMails.Identity.Application.Me.ConfirmTwoFactor;

internal sealed class ConfirmTwoFactorCommandValidator : AbstractValidator<ConfirmTwoFactorCommand>
{
    public ConfirmTwoFactorCommandValidator() => RuleFor(c => c.Code).SixDigitCode();
}

internal sealed class DisableTwoFactorCommandValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorCommandValidator() => RuleFor(c => c.Code).SixDigitCode();
}

internal static class TwoFactorCodeRule
{
    public static IRuleBuilderOptions<T, string> SixDigitCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithMessage("The code is the six digits the authenticator app shows.");
}
