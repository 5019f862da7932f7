using FluentValidation;
using PenguinMails.Staff.Contracts.Flags.UpdateFlag;

namespace PenguinMails.Staff.Application.Flags.UpdateFlag;

internal sealed class UpdateFlagCommandValidator : AbstractValidator<UpdateFlagCommand>
{
    public UpdateFlagCommandValidator()
    {
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.RolloutPercentage).InclusiveBetween(0, 100);
    }
}
