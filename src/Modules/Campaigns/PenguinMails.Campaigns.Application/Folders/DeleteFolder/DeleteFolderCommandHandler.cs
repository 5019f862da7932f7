using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts.Folders.DeleteFolder;

namespace PenguinMails.Campaigns.Application.Folders.DeleteFolder;

internal sealed class DeleteFolderCommandHandler(IFolderRepository folders) : IRequestHandler<DeleteFolderCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFolderCommand request, CancellationToken cancellationToken)
    {
        folders.Remove(await folders.RequireAsync(request.Id, cancellationToken));
        return Unit.Value;
    }
}
