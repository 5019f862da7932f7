using FluentValidation;

namespace PenguinMails.Identity.Application.Auth.LogIn;

internal sealed class LogInCommandValidator : AbstractValidator<LogInCommand>
{
    public LogInCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(IdentityValidation.MaxEmailLength);
        RuleFor(c => c.Password).ValidPasswordInput();
    }
}
