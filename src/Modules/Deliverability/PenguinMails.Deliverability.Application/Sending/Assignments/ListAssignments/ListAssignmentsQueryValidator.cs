using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

internal sealed class ListAssignmentsQueryValidator : AbstractValidator<ListAssignmentsQuery>
{
    public ListAssignmentsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(AssignmentStatus.Names);
    }
}
