using MediatR;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Tags.GetTag;

namespace PenguinMails.Campaigns.Application.Tags.GetTag;

internal sealed class GetTagQueryHandler(ITagRepository tags) : IRequestHandler<GetTagQuery, TagDto>
{
    public async Task<TagDto> Handle(GetTagQuery request, CancellationToken cancellationToken) =>
        (await tags.RequireAsync(request.Id, cancellationToken)).ToDto();
}
