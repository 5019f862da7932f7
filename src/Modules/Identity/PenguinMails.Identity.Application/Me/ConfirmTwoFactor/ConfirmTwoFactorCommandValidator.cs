using FluentValidation;
using PenguinMails.Identity.Contracts.Me.ConfirmTwoFactor;

namespace PenguinMails.Identity.Application.Me.ConfirmTwoFactor;

internal sealed class ConfirmTwoFactorCommandValidator : AbstractValidator<ConfirmTwoFactorCommand>
{
    public ConfirmTwoFactorCommandValidator() => RuleFor(c => c.Code).SixDigitCode();
}
