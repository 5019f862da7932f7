using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.ListDomains;

namespace PenguinMails.Deliverability.Application.Domains.ListDomains;

internal sealed class ListDomainsQueryHandler(IDomainRepository domains, IMapper mapper) : IRequestHandler<ListDomainsQuery, CursorPage<DomainDto>>
{
    public async Task<CursorPage<DomainDto>> Handle(ListDomainsQuery request, CancellationToken cancellationToken)
    {
        var rows = await domains.ListAsync(new DomainsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<DomainDto>, d => new CreatedPosition(d.Created, d.Id).Encode());
    }
}
