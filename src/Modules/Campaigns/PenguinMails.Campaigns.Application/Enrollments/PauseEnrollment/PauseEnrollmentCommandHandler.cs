using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.PauseEnrollment;

namespace PenguinMails.Campaigns.Application.Enrollments.PauseEnrollment;

internal sealed class PauseEnrollmentCommandHandler(IEnrollmentRepository enrollments, TimeProvider clock, IMapper mapper) : IRequestHandler<PauseEnrollmentCommand, EnrollmentDto>
{
    public async Task<EnrollmentDto> Handle(PauseEnrollmentCommand request, CancellationToken cancellationToken)
    {
        var enrollment = await enrollments.RequireForUpdateAsync(request.CampaignId, request.LeadId, cancellationToken);
        enrollment.Pause(clock.GetUtcNow());
        return mapper.Map<EnrollmentDto>(enrollment);
    }
}
