using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Tags.CreateTag;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags.CreateTag;

/// <summary>Tag ids come from the database, so a new tag is saved before it is answered.</summary>
internal sealed class CreateTagCommandHandler(ICurrentTenant current, ITagRepository tags, IUnitOfWork unitOfWork, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateTagCommand, TagDto>
{
    public async Task<TagDto> Handle(CreateTagCommand request, CancellationToken cancellationToken)
    {
        var tag = Tag.Create(current.RequireTenantId(), request.Value, request.Name, request.Description, clock.GetUtcNow());
        tags.Add(tag);
        await unitOfWork.FlushAsync(cancellationToken);
        return mapper.Map<TagDto>(tag);
    }
}
