using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Identity.Contracts.ApiKeys;
using PenguinMails.Identity.Contracts.ApiKeys.ListApiKeys;

namespace PenguinMails.Identity.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IApiKeyRepository keys, IMapper mapper) : IRequestHandler<ListApiKeysQuery, CursorPage<ApiKeyDto>>
{
    public async Task<CursorPage<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var rows = await keys.ListAsync(new ApiKeysPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<ApiKeyDto>, k => new CreatedPosition(k.Created, k.Id).Encode());
    }
}
