using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A row of <c>user_preferences</c>.</summary>
internal sealed class UserPreferences : Entity, IAggregateRoot
{
    private UserPreferences()
    {
    }

    public Guid Id { get; private set; }

    public Guid? UserId { get; private set; }

    public string Theme { get; private set; } = default!;

    public string Language { get; private set; } = default!;

    public string Timezone { get; private set; } = default!;

    public bool EmailNotifications { get; private set; }

    public bool PushNotifications { get; private set; }

    public bool WeeklyReports { get; private set; }

    public bool MarketingEmails { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

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
