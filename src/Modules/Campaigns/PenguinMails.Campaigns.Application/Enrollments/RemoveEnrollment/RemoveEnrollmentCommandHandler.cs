using MediatR;
using PenguinMails.Campaigns.Contracts.Enrollments.RemoveEnrollment;

namespace PenguinMails.Campaigns.Application.Enrollments.RemoveEnrollment;

internal sealed class RemoveEnrollmentCommandHandler(IEnrollmentRepository enrollments) : IRequestHandler<RemoveEnrollmentCommand, Unit>
{
    public async Task<Unit> Handle(RemoveEnrollmentCommand request, CancellationToken cancellationToken)
    {
        enrollments.Remove(await enrollments.RequireForUpdateAsync(request.CampaignId, request.LeadId, cancellationToken));
        return Unit.Value;
    }
}
