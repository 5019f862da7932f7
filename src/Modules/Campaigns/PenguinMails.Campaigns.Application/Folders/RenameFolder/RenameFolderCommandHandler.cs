using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.RenameFolder;

namespace PenguinMails.Campaigns.Application.Folders.RenameFolder;

internal sealed class RenameFolderCommandHandler(IFolderRepository folders, TimeProvider clock, IMapper mapper) : IRequestHandler<RenameFolderCommand, FolderDto>
{
    public async Task<FolderDto> Handle(RenameFolderCommand request, CancellationToken cancellationToken)
    {
        var folder = await folders.RequireAsync(request.Id, cancellationToken);
        folder.Rename(request.Name, clock.GetUtcNow());
        return mapper.Map<FolderDto>(folder);
    }
}
