using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

/// <summary>The plan list's keyset: (monthly price, slug). Slug is unique, so the order is total.</summary>
internal sealed record PlanListPosition(int PriceMonthly, string Slug)
{
    public static PlanListPosition Of(Plan plan) => new(plan.PriceMonthly ?? 0, plan.Slug);

    public static PlanListPosition? Decode(string? cursor) =>
        KeysetCursor.TryDecode<int, string>(cursor, out var price, out var slug) ? new PlanListPosition(price, slug) : null;

    public string Encode() => KeysetCursor.Encode(PriceMonthly, Slug);
}
