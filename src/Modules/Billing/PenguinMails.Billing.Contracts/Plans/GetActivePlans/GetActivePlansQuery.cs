using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Contracts.Plans.GetActivePlans;

/// <summary>The plans a tenant can choose, cheapest first, one cursor page at a time.</summary>
public sealed record GetActivePlansQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<PlanDto>>, IPagedQuery
{
    /// <summary>The keyset is (monthly price, slug).</summary>
    bool IPagedQuery.IsIssuedCursor(string cursor) => KeysetCursor.IsWellFormed<int, string>(cursor);
}
