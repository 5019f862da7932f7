using MediatR;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.RenameFolder;

namespace PenguinMails.Campaigns.Application.Folders.RenameFolder;

internal sealed class RenameFolderCommandHandler(IFolderRepository folders, TimeProvider clock) : IRequestHandler<RenameFolderCommand, FolderDto>
{
    public async Task<FolderDto> Handle(RenameFolderCommand request, CancellationToken cancellationToken)
    {
        var folder = await folders.RequireAsync(request.Id, cancellationToken);
        folder.Rename(request.Name, clock.GetUtcNow());
        return folder.ToDto();
    }
}
