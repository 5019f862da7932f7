using FluentValidation;
using PenguinMails.Identity.Contracts.Auth.CompleteTwoFactorLogIn;

namespace PenguinMails.Identity.Application.Auth.CompleteTwoFactorLogIn;

internal sealed class CompleteTwoFactorLogInCommandValidator : AbstractValidator<CompleteTwoFactorLogInCommand>
{
    public CompleteTwoFactorLogInCommandValidator()
    {
        RuleFor(c => c.ChallengeToken).NotEmpty().MaximumLength(4096);
        RuleFor(c => c.Code).NotEmpty().Length(6).Matches("^[0-9]{6}$").WithMessage("The code is the six digits the authenticator app shows.");
    }
}
