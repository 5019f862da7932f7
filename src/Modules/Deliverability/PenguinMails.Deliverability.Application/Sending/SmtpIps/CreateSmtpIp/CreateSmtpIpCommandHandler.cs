using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.CreateSmtpIp;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.CreateSmtpIp;

/// <summary>A decommissioned instance takes no new IP.</summary>
internal sealed class CreateSmtpIpCommandHandler(IVpsInstanceRepository instances, ISmtpIpRepository ips, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateSmtpIpCommand, SmtpIpAddressDto>
{
    public async Task<SmtpIpAddressDto> Handle(CreateSmtpIpCommand request, CancellationToken cancellationToken)
    {
        var instance = await instances.GetForUpdateAsync(request.VpsInstanceId, cancellationToken) ?? throw NotFoundException.For("VPS instance", request.VpsInstanceId);
        if (instance.Status == VpsInstanceStatus.Decommissioned)
        {
            throw new ConflictException("instance-decommissioned", "The instance is decommissioned; add the IP address to a running instance.");
        }

        var ip = SmtpIpAddress.Create(instance.Id, SendingRules.Canonical(request.IpAddress), request.ApproximateCost, clock.GetUtcNow());
        ips.Add(ip);
        return mapper.Map<SmtpIpAddressDto>(ip);
    }
}
