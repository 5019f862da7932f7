using System.Globalization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.Sending.GetInfrastructureCosts;

/// <summary>What the sending infrastructure cost in a month (<c>yyyy-MM</c>, UTC; the current month when absent), and each tenant's share.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record GetInfrastructureCostsQuery(string? Month = null) : IQuery<CostReportDto>
{
    public const string Format = "yyyy-MM";

    // The month after it must exist too: 9999-12 has none in the calendar.
    internal static bool TryParseMonth(string? month, out DateTimeOffset start) =>
        DateTimeOffset.TryParseExact(month, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start)
        && start.Year < DateTimeOffset.MaxValue.Year;
}
