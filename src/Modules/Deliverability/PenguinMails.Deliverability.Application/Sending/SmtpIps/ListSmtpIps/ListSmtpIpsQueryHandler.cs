using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.ListSmtpIps;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.ListSmtpIps;

internal sealed class ListSmtpIpsQueryHandler(ISmtpIpRepository ips, IMapper mapper) : IRequestHandler<ListSmtpIpsQuery, CursorPage<SmtpIpAddressDto>>
{
    public async Task<CursorPage<SmtpIpAddressDto>> Handle(ListSmtpIpsQuery request, CancellationToken cancellationToken)
    {
        var rows = await ips.ListAsync(new SmtpIpsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<SmtpIpAddressDto>, ip => new CreatedPosition(ip.Created, ip.Id).Encode());
    }
}
