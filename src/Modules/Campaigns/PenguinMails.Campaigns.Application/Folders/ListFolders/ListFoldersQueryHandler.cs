using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.ListFolders;

namespace PenguinMails.Campaigns.Application.Folders.ListFolders;

internal sealed class ListFoldersQueryHandler(IFolderRepository folders, IMapper mapper) : IRequestHandler<ListFoldersQuery, CursorPage<FolderDto>>
{
    public async Task<CursorPage<FolderDto>> Handle(ListFoldersQuery request, CancellationToken cancellationToken)
    {
        var rows = await folders.ListAsync(new FoldersPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<FolderDto>, f => IdCursor.Encode(f.Id));
    }
}
