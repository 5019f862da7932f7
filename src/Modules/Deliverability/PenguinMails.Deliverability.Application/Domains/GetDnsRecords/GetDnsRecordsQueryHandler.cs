using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.GetDnsRecords;

namespace PenguinMails.Deliverability.Application.Domains.GetDnsRecords;

internal sealed class GetDnsRecordsQueryHandler(IDomainRepository domains, IMapper mapper) : IRequestHandler<GetDnsRecordsQuery, IReadOnlyList<DnsRecordDto>>
{
    public async Task<IReadOnlyList<DnsRecordDto>> Handle(GetDnsRecordsQuery request, CancellationToken cancellationToken) =>
        mapper.Map<DomainDto>(await domains.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id)).Records;
}
