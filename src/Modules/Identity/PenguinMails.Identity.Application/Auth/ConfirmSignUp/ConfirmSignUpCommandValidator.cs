using FluentValidation;
using PenguinMails.Identity.Contracts.Auth.ConfirmSignUp;

namespace PenguinMails.Identity.Application.Auth.ConfirmSignUp;

internal sealed class ConfirmSignUpCommandValidator : AbstractValidator<ConfirmSignUpCommand>
{
    public ConfirmSignUpCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(8192);
}
