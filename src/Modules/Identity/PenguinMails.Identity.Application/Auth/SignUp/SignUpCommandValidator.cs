using FluentValidation;
using PenguinMails.Identity.Contracts.Auth.SignUp;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.SignUp;

internal sealed class SignUpCommandValidator : AbstractValidator<SignUpCommand>
{
    public SignUpCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword(PasswordPolicy.Default);
        RuleFor(c => c.Name).ValidName(User.MaxNameLength);
        RuleFor(c => c.TenantName).ValidName(Tenant.MaxNameLength);
    }
}
