using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Tags.GetTag;

namespace PenguinMails.Campaigns.Application.Tags.GetTag;

internal sealed class GetTagQueryHandler(ITagRepository tags, IMapper mapper) : IRequestHandler<GetTagQuery, TagDto>
{
    public async Task<TagDto> Handle(GetTagQuery request, CancellationToken cancellationToken) =>
        mapper.Map<TagDto>(await tags.RequireAsync(request.Id, cancellationToken));
}
