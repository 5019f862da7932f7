using FluentValidation;
using PenguinMails.Identity.Contracts.Me.DisableTwoFactor;

namespace PenguinMails.Identity.Application.Me.DisableTwoFactor;

internal sealed class DisableTwoFactorCommandValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorCommandValidator() => RuleFor(c => c.Code).SixDigitCode();
}
