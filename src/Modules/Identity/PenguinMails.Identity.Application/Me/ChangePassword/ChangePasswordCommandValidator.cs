using FluentValidation;
using PenguinMails.Identity.Contracts.Me.ChangePassword;

namespace PenguinMails.Identity.Application.Me.ChangePassword;

internal sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).ValidPasswordInput();
        RuleFor(c => c.NewPassword).ValidPasswordInput();
    }
}
