using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.Domains.GetDomain;

internal sealed class GetDomainQueryHandler(IDomainRepository domains) :
    IRequestHandler<GetDomainQuery, DomainDto>,
    IRequestHandler<GetDnsRecordsQuery, IReadOnlyList<DnsRecordDto>>
{
    public async Task<DomainDto> Handle(GetDomainQuery request, CancellationToken cancellationToken) =>
        (await domains.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id)).ToDto();

    public async Task<IReadOnlyList<DnsRecordDto>> Handle(GetDnsRecordsQuery request, CancellationToken cancellationToken) =>
        (await Handle(new GetDomainQuery(request.Id), cancellationToken)).Records;
}
