using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.ListEnrollments;

namespace PenguinMails.Campaigns.Application.Enrollments.ListEnrollments;

internal sealed class ListEnrollmentsQueryHandler(ICampaignRepository campaigns, IEnrollmentRepository enrollments, IMapper mapper)
    : IRequestHandler<ListEnrollmentsQuery, CursorPage<EnrollmentDto>>
{
    public async Task<CursorPage<EnrollmentDto>> Handle(ListEnrollmentsQuery request, CancellationToken cancellationToken)
    {
        await campaigns.RequireAsync(request.CampaignId, cancellationToken);
        var rows = await enrollments.ListAsync(new EnrollmentsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<EnrollmentDto>, e => new CreatedPosition(e.Created, e.Id).Encode());
    }
}
