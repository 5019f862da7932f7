using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.GetFolder;

namespace PenguinMails.Campaigns.Application.Folders.GetFolder;

internal sealed class GetFolderQueryHandler(IFolderRepository folders, IMapper mapper) : IRequestHandler<GetFolderQuery, FolderDto>
{
    public async Task<FolderDto> Handle(GetFolderQuery request, CancellationToken cancellationToken) => mapper.Map<FolderDto>(await folders.RequireAsync(request.Id, cancellationToken));
}
