using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.ResumeEnrollment;

namespace PenguinMails.Campaigns.Application.Enrollments.ResumeEnrollment;

internal sealed class ResumeEnrollmentCommandHandler(IEnrollmentRepository enrollments, TimeProvider clock, IMapper mapper) : IRequestHandler<ResumeEnrollmentCommand, EnrollmentDto>
{
    public async Task<EnrollmentDto> Handle(ResumeEnrollmentCommand request, CancellationToken cancellationToken)
    {
        var enrollment = await enrollments.RequireForUpdateAsync(request.CampaignId, request.LeadId, cancellationToken);
        enrollment.Resume(clock.GetUtcNow());
        return mapper.Map<EnrollmentDto>(enrollment);
    }
}
