using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.GetDnsRecords;

namespace PenguinMails.Deliverability.Application.Domains.GetDnsRecords;

internal sealed class GetDnsRecordsQueryHandler(IDomainRepository domains) : IRequestHandler<GetDnsRecordsQuery, IReadOnlyList<DnsRecordDto>>
{
    public async Task<IReadOnlyList<DnsRecordDto>> Handle(GetDnsRecordsQuery request, CancellationToken cancellationToken) =>
        (await domains.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id)).ToDto().Records;
}
