using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Contracts.Auth.LogIn;

namespace PenguinMails.Identity.Application.Auth.LogIn;

internal sealed class LogInCommandValidator : AbstractValidator<LogInCommand>
{
    public LogInCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(CommonRules.MaxEmailLength);
        RuleFor(c => c.Password).ValidPasswordInput();
        RuleFor(c => c.DeviceToken).MaximumLength(4096);
    }
}
