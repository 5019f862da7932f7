using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.ListDomains;

namespace PenguinMails.Deliverability.Application.Domains.ListDomains;

internal sealed class ListDomainsQueryHandler(IDomainRepository domains) : IRequestHandler<ListDomainsQuery, CursorPage<DomainDto>>
{
    public async Task<CursorPage<DomainDto>> Handle(ListDomainsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var text = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q.Trim().ToLowerInvariant();
        var filter = new DomainFilter(request.CompanyId, request.Status, text);
        var rows = await domains.ListAsync(filter, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, d => d.ToDto(), d => new CreatedPosition(d.Created, d.Id).Encode());
    }
}
