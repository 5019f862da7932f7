using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Leads.ListLeads;

/// <summary>The tenant's leads in address order; ?status=, ?q= (the start of email, name or company, any case).</summary>
public sealed record ListLeadsQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Status = null, string? Q = null) : IQuery<CursorPage<LeadDto>>, IPagedQuery
{
    /// <summary>The cursor is the last address seen.</summary>
    bool IPagedQuery.IsIssuedCursor(string cursor) => TextCursor.Decode(cursor) is { Length: > 0 };
}
