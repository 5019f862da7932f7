using System.Globalization;
using PenguinMails.Deliverability.Contracts.Sending.GetInfrastructureCosts;

namespace PenguinMails.Deliverability.Application.Sending.GetInfrastructureCosts;

internal static class CostMonth
{
    // The month after it must exist too: 9999-12 has none in the calendar.
    public static bool TryParse(string? month, out DateTimeOffset start) =>
        DateTimeOffset.TryParseExact(month, GetInfrastructureCostsQuery.Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start)
        && start.Year < DateTimeOffset.MaxValue.Year;
}
