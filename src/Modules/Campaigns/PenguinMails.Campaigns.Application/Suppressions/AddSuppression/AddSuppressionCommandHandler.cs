using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Suppressions.AddSuppression;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Suppressions.AddSuppression;

/// <summary>The suppression and the stop of every enrollment it covers commit together.</summary>
internal sealed class AddSuppressionCommandHandler(ISuppressionRepository suppressions, IEnrollmentWriter enrollments, ICurrentTenant tenant, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AddSuppressionCommand, SuppressionDto>
{
    public async Task<SuppressionDto> Handle(AddSuppressionCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var suppression = Suppression.Create(tenant.RequireTenantId(), SuppressionValue.Normalize(request.Value), SuppressionReason.Manual, now);
        suppressions.Add(suppression);
        await enrollments.StopCoveredAsync(suppression, EnrollmentStatus.Stopped, StopReasons.Suppressed, now, cancellationToken);
        return mapper.Map<SuppressionDto>(suppression);
    }
}
