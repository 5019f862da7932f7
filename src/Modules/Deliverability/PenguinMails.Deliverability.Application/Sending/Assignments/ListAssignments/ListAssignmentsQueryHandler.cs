using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

internal sealed class ListAssignmentsQueryHandler(IDomainIpAssignmentRepository assignments) : IRequestHandler<ListAssignmentsQuery, CursorPage<DomainIpAssignmentDto>>
{
    public async Task<CursorPage<DomainIpAssignmentDto>> Handle(ListAssignmentsQuery request, CancellationToken cancellationToken)
    {
        var rows = await assignments.ListAsync(new AssignmentsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, a => a.ToDto(), a => new CreatedPosition(a.Created, a.Id).Encode());
    }
}
