using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

internal sealed class ListAssignmentsQueryHandler(IDomainIpAssignmentRepository assignments, IMapper mapper) : IRequestHandler<ListAssignmentsQuery, CursorPage<DomainIpAssignmentDto>>
{
    public async Task<CursorPage<DomainIpAssignmentDto>> Handle(ListAssignmentsQuery request, CancellationToken cancellationToken)
    {
        var rows = await assignments.ListAsync(new AssignmentsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<DomainIpAssignmentDto>, a => new CreatedPosition(a.Created, a.Id).Encode());
    }
}
