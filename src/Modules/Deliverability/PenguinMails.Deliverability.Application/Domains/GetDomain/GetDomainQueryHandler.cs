using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.GetDomain;

namespace PenguinMails.Deliverability.Application.Domains.GetDomain;

internal sealed class GetDomainQueryHandler(IDomainRepository domains, IMapper mapper) : IRequestHandler<GetDomainQuery, DomainDto>
{
    public async Task<DomainDto> Handle(GetDomainQuery request, CancellationToken cancellationToken) =>
        mapper.Map<DomainDto>(await domains.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id));
}
