using FluentValidation;
using PenguinMails.Staff.Contracts.Members.GrantStaff;

namespace PenguinMails.Staff.Application.Members.GrantStaff;

internal sealed class GrantStaffCommandValidator : AbstractValidator<GrantStaffCommand>
{
    public GrantStaffCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Role).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Notes).MaximumLength(2000);
    }
}
