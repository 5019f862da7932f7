using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.CreateFolder;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders.CreateFolder;

/// <summary>Folder ids come from the database, so a new folder is saved before it is answered.</summary>
internal sealed class CreateFolderCommandHandler(ICurrentTenant current, IFolderRepository folders, IUnitOfWork unitOfWork, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateFolderCommand, FolderDto>
{
    public async Task<FolderDto> Handle(CreateFolderCommand request, CancellationToken cancellationToken)
    {
        var folder = Folder.Create(current.RequireTenantId(), request.Name, clock.GetUtcNow());
        folders.Add(folder);
        await unitOfWork.FlushAsync(cancellationToken);
        return mapper.Map<FolderDto>(folder);
    }
}
