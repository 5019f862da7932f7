using PenguinMails.Billing.Application.Contracts;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

/// <summary>The plans a tenant can choose, cheapest first, one cursor page at a time.</summary>
public sealed record GetActivePlansQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<PlanDto>>, IPagedQuery
{
    bool IPagedQuery.IsIssuedCursor(string cursor) => PlanListPosition.IsWellFormed(cursor);
}
