using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Enrollments.ListEnrollments;
using PenguinMails.Campaigns.Application.Sending;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.GetEnrollment;

namespace PenguinMails.Campaigns.Application.Enrollments.GetEnrollment;

internal sealed class GetEnrollmentQueryHandler(IEnrollmentRepository enrollments, IMessageLogReader messages, IMapper mapper) : IRequestHandler<GetEnrollmentQuery, EnrollmentDto>
{
    public async Task<EnrollmentDto> Handle(GetEnrollmentQuery request, CancellationToken cancellationToken)
    {
        var enrollment = await enrollments.SingleOrDefaultAsync(new EnrollmentOfLeadSpecification(request.CampaignId, request.LeadId), cancellationToken)
            ?? throw new NotFoundException($"lead '{request.LeadId}' is not in campaign '{request.CampaignId}'.");
        return mapper.Map<EnrollmentDto>(enrollment) with { Messages = await messages.OfEnrollmentAsync(enrollment.Id, cancellationToken) };
    }
}
