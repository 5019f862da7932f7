using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;

namespace PenguinMails.Campaigns.Application.Tags.GetTag;

internal sealed class GetTagQueryHandler(ITagRepository tags) : IRequestHandler<GetTagQuery, TagDto>
{
    public async Task<TagDto> Handle(GetTagQuery request, CancellationToken cancellationToken) =>
        (await tags.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("tag", request.Id)).ToDto();
}
