using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts.Tags.DeleteTag;

namespace PenguinMails.Campaigns.Application.Tags.DeleteTag;

internal sealed class DeleteTagCommandHandler(ITagRepository tags) : IRequestHandler<DeleteTagCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTagCommand request, CancellationToken cancellationToken)
    {
        tags.Remove(await tags.RequireOwnAsync(request.Id, cancellationToken));
        return Unit.Value;
    }
}
