using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts.Folders.ListFolders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders.ListFolders;

/// <summary>A page of folders in id order (the ids are generated in sequence), and one more to tell whether a next page exists.</summary>
internal sealed class FoldersPageSpecification : Specification<Folder>
{
    public FoldersPageSpecification(ListFoldersQuery request)
    {
        if (IdCursor.Decode(request.Cursor) is { } afterId)
        {
            Query.Where(x => x.Id > afterId);
        }

        Query.OrderBy(x => x.Id).Take(request.Limit + 1);
    }
}
