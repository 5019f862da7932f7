using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

internal sealed class ListAssignmentsQueryValidator : AbstractValidator<ListAssignmentsQuery>
{
    public ListAssignmentsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(DomainIpAssignment.Transitions.States);
    }
}
