using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.Staff.Contracts.Members.ChangeStaff;

namespace PenguinMails.Staff.Application.Members.ChangeStaff;

internal sealed class ChangeStaffCommandValidator : PatchValidator<ChangeStaffCommand>
{
    public ChangeStaffCommandValidator()
    {
        RuleForPatch(c => c.Role, r => r.NotEmpty().MaximumLength(50));
        RuleForPatch(c => c.Notes, r => r.MaximumLength(2000));
    }
}
