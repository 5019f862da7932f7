using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Suppressions.ListSuppressions;

namespace PenguinMails.Campaigns.Application.Suppressions.ListSuppressions;

internal sealed class ListSuppressionsQueryHandler(ISuppressionRepository suppressions, IMapper mapper) : IRequestHandler<ListSuppressionsQuery, CursorPage<SuppressionDto>>
{
    public async Task<CursorPage<SuppressionDto>> Handle(ListSuppressionsQuery request, CancellationToken cancellationToken)
    {
        var rows = await suppressions.ListAsync(new SuppressionsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<SuppressionDto>, s => new CreatedPosition(s.Created, s.Id).Encode());
    }
}
