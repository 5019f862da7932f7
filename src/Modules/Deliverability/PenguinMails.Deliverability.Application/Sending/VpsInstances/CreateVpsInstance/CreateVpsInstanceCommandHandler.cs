using MapsterMapper;
using MediatR;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.CreateVpsInstance;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.CreateVpsInstance;

internal sealed class CreateVpsInstanceCommandHandler(IVpsInstanceRepository instances, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateVpsInstanceCommand, VpsInstanceDto>
{
    public Task<VpsInstanceDto> Handle(CreateVpsInstanceCommand request, CancellationToken cancellationToken)
    {
        var instance = VpsInstance.Create(new VpsInstanceDetails(
            request.HostwindsInstanceId, request.IpAddress is null ? null : SendingRules.Canonical(request.IpAddress), request.Region, request.MonthlyCost,
            request.ApproximateCost, request.HostwindsBillingDay, request.CurrentBillingPeriodStart, request.CurrentBillingPeriodEnd), clock.GetUtcNow());
        instances.Add(instance);
        return Task.FromResult(mapper.Map<VpsInstanceDto>(instance));
    }
}
