using FluentValidation;
using PenguinMails.Identity.Contracts.Auth.VerifyEmail;

namespace PenguinMails.Identity.Application.Auth.VerifyEmail;

internal sealed class VerifyEmailCommandValidator : AbstractValidator<VerifyEmailCommand>
{
    public VerifyEmailCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(4096);
}
