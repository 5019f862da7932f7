using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

/// <summary>Every tenant's domain-to-IP assignments, oldest first; ?domainId=, ?smtpIpAddressId=, ?tenantId=, ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListAssignmentsQuery(
    int Limit = PageLimits.Default, string? Cursor = null, Guid? DomainId = null, Guid? SmtpIpAddressId = null, Guid? TenantId = null, string? Status = null)
    : IQuery<CursorPage<DomainIpAssignmentDto>>;

internal sealed class ListAssignmentsQueryValidator : AbstractValidator<ListAssignmentsQuery>
{
    public ListAssignmentsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(DomainIpAssignment.Transitions.States);
    }
}

internal sealed class ListAssignmentsQueryHandler(IDomainIpAssignmentRepository assignments) : IRequestHandler<ListAssignmentsQuery, CursorPage<DomainIpAssignmentDto>>
{
    public async Task<CursorPage<DomainIpAssignmentDto>> Handle(ListAssignmentsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var filter = new AssignmentFilter(request.DomainId, request.SmtpIpAddressId, request.TenantId, request.Status);
        var rows = await assignments.ListAsync(filter, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, a => a.ToDto(), a => new CreatedPosition(a.Created, a.Id).Encode());
    }
}
