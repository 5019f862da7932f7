using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Tags.ListTags;

/// <summary>The tenant's tags and the platform defaults, by id.</summary>
public sealed record ListTagsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<TagDto>>, IPagedQuery
{
    bool IPagedQuery.IsIssuedCursor(string cursor) => IdCursor.IsWellFormed(cursor);
}
