using FluentValidation;
using PenguinMails.Staff.Contracts.Flags.CreateFlag;

namespace PenguinMails.Staff.Application.Flags.CreateFlag;

internal sealed class CreateFlagCommandValidator : AbstractValidator<CreateFlagCommand>
{
    public CreateFlagCommandValidator()
    {
        RuleFor(c => c.Key).ValidFlagKey();
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.RolloutPercentage).InclusiveBetween(0, 100);
    }
}
