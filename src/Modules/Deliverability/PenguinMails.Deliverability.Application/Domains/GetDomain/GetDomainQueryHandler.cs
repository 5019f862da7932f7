using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.GetDomain;

namespace PenguinMails.Deliverability.Application.Domains.GetDomain;

internal sealed class GetDomainQueryHandler(IDomainRepository domains) : IRequestHandler<GetDomainQuery, DomainDto>
{
    public async Task<DomainDto> Handle(GetDomainQuery request, CancellationToken cancellationToken) =>
        (await domains.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id)).ToDto();
}
