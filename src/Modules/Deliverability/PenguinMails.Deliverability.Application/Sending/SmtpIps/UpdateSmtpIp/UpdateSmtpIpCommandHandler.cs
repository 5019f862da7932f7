using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.UpdateSmtpIp;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.UpdateSmtpIp;

internal sealed class UpdateSmtpIpCommandHandler(ISmtpIpRepository ips, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateSmtpIpCommand, SmtpIpAddressDto>
{
    public async Task<SmtpIpAddressDto> Handle(UpdateSmtpIpCommand request, CancellationToken cancellationToken)
    {
        var ip = await ips.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("IP address", request.Id);
        var now = clock.GetUtcNow();
        if (request.Status.IsSet && request.Status.Value != ip.Status.Name)
        {
            ip.ChangeStatus(SmtpIpStatus.Of(request.Status.Value), now);
        }

        if (request.ReputationState.IsSet || request.ProviderBlacklistStatus.IsSet)
        {
            ip.RecordReputation(request.ReputationState.Select(name => name is null ? null : ReputationState.Of(name)).Or(ip.ReputationState), request.ProviderBlacklistStatus.Select(s => s is null ? null : mapper.Map<Dictionary<string, Domain.BlacklistListing>>(s)).Or(ip.ProviderBlacklistStatus), now);
        }

        if (request.ApproximateCost.IsSet)
        {
            ip.SetCost(request.ApproximateCost.Value, now);
        }

        return mapper.Map<SmtpIpAddressDto>(ip);
    }
}
