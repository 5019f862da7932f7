using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Folders.ListFolders;

/// <summary>The tenant's folders in creation order.</summary>
public sealed record ListFoldersQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<FolderDto>>, IPagedQuery
{
    bool IPagedQuery.IsIssuedCursor(string cursor) => IdCursor.IsWellFormed(cursor);
}
