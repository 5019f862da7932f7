using System.Globalization;

namespace PenguinMails.Campaigns.Application.Campaigns;

/// <summary>A schedule's times as clients write them: "HH:MM", 24-hour.</summary>
internal static class ScheduleTimes
{
    public const string Format = "HH:mm";

    public static bool IsValid(string? text) => TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static TimeOnly Parse(string text) => TimeOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
