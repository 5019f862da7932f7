using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Tags.ListTags;

namespace PenguinMails.Campaigns.Application.Tags.ListTags;

internal sealed class ListTagsQueryHandler(ITagRepository tags, IMapper mapper) : IRequestHandler<ListTagsQuery, CursorPage<TagDto>>
{
    public async Task<CursorPage<TagDto>> Handle(ListTagsQuery request, CancellationToken cancellationToken)
    {
        var rows = await tags.ListAsync(new TagsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<TagDto>, t => IdCursor.Encode(t.Id));
    }
}
