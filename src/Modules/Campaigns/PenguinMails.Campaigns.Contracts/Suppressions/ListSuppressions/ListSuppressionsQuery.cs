using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Suppressions.ListSuppressions;

/// <summary>The tenant's suppression list, oldest first; ?q= narrows to values containing it.</summary>
public sealed record ListSuppressionsQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Q = null)
    : IQuery<CursorPage<SuppressionDto>>, IPagedQuery;
