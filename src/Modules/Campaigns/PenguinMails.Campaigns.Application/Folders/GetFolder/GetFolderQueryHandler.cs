using MediatR;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.GetFolder;

namespace PenguinMails.Campaigns.Application.Folders.GetFolder;

internal sealed class GetFolderQueryHandler(IFolderRepository folders) : IRequestHandler<GetFolderQuery, FolderDto>
{
    public async Task<FolderDto> Handle(GetFolderQuery request, CancellationToken cancellationToken) => (await folders.RequireAsync(request.Id, cancellationToken)).ToDto();
}
