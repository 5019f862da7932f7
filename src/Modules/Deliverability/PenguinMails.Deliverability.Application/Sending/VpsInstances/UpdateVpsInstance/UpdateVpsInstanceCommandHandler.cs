using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.UpdateVpsInstance;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.UpdateVpsInstance;

internal sealed class UpdateVpsInstanceCommandHandler(IVpsInstanceRepository instances, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateVpsInstanceCommand, VpsInstanceDto>
{
    public async Task<VpsInstanceDto> Handle(UpdateVpsInstanceCommand request, CancellationToken cancellationToken)
    {
        var instance = await instances.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("VPS instance", request.Id);
        var now = clock.GetUtcNow();
        var ip = request.IpAddress.Or(instance.IpAddress);
        instance.Apply(new VpsInstanceDetails(
            request.HostwindsInstanceId.Or(instance.HostwindsInstanceId),
            ip is null ? null : SendingRules.Canonical(ip),
            request.Region.Or(instance.Region),
            request.MonthlyCost.Or(instance.MonthlyCost),
            request.ApproximateCost.Or(instance.ApproximateCost),
            request.HostwindsBillingDay.Or(instance.HostwindsBillingDay),
            request.CurrentBillingPeriodStart.Or(instance.CurrentBillingPeriodStart),
            request.CurrentBillingPeriodEnd.Or(instance.CurrentBillingPeriodEnd)), now);

        if (request.Status.IsSet && request.Status.Value != instance.Status.Name)
        {
            var status = VpsInstanceStatus.Of(request.Status.Value);
            var live = status == VpsInstanceStatus.Decommissioned ? await instances.CountLiveAssignmentsAsync(instance.Id, cancellationToken) : 0;
            instance.ChangeStatus(status, request.DecommissionScheduledFor.Or(null), live, now);
        }

        return mapper.Map<VpsInstanceDto>(instance);
    }
}
