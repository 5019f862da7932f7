using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Tags.UpdateTag;

namespace PenguinMails.Campaigns.Application.Tags.UpdateTag;

internal sealed class UpdateTagCommandHandler(ITagRepository tags, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateTagCommand, TagDto>
{
    public async Task<TagDto> Handle(UpdateTagCommand request, CancellationToken cancellationToken)
    {
        var tag = await tags.RequireOwnAsync(request.Id, cancellationToken);
        tag.Change(request.Value, request.Name, request.Description, clock.GetUtcNow());
        return mapper.Map<TagDto>(tag);
    }
}
