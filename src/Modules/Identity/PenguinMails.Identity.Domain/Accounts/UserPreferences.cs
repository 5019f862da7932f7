namespace PenguinMails.Identity.Domain;

internal sealed partial class UserPreferences
{
    private UserPreferences()
    {
    }

    /// <summary>A new account's preferences: the seed's column defaults.</summary>
    public static UserPreferences CreateDefault(Guid userId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Theme = "light",
        Language = "en",
        Timezone = "UTC",
        EmailNotifications = true,
        PushNotifications = true,
        WeeklyReports = false,
        MarketingEmails = false,
        Created = now,
        Updated = now,
    };

    public void Change(UserPreferencesChange change, DateTimeOffset now)
    {
        Theme = change.Theme ?? Theme;
        Language = change.Language ?? Language;
        Timezone = change.Timezone ?? Timezone;
        EmailNotifications = change.EmailNotifications ?? EmailNotifications;
        PushNotifications = change.PushNotifications ?? PushNotifications;
        WeeklyReports = change.WeeklyReports ?? WeeklyReports;
        MarketingEmails = change.MarketingEmails ?? MarketingEmails;
        Updated = now;
    }
}

/// <summary>The preference fields a PATCH may change; null leaves a field as it is.</summary>
internal sealed record UserPreferencesChange(
    string? Theme = null,
    string? Language = null,
    string? Timezone = null,
    bool? EmailNotifications = null,
    bool? PushNotifications = null,
    bool? WeeklyReports = null,
    bool? MarketingEmails = null);
