using MediatR;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.GetInfrastructureCosts;

namespace PenguinMails.Deliverability.Application.Sending.GetInfrastructureCosts;

internal sealed class GetInfrastructureCostsQueryHandler(IDomainIpAssignmentRepository assignments, TimeProvider clock) : IRequestHandler<GetInfrastructureCostsQuery, CostReportDto>
{
    public Task<CostReportDto> Handle(GetInfrastructureCostsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = CostMonth.TryParse(request.Month, out var given) ? given : new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return assignments.CostsAsync(start, start.AddMonths(1), cancellationToken);
    }
}
