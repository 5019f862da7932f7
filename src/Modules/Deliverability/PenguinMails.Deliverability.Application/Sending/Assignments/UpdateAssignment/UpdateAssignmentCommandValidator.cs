using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.UpdateAssignment;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.UpdateAssignment;

internal sealed class UpdateAssignmentCommandValidator : PatchValidator<UpdateAssignmentCommand>
{
    public UpdateAssignmentCommandValidator()
    {
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(AssignmentStatus.Names));
        RuleForPatch(c => c.WarmupState, r => r.NotEmpty().OneOf(WarmupState.Names));
    }
}
