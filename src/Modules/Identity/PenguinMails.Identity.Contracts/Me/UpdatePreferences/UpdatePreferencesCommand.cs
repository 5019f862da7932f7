using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.UpdatePreferences;

/// <summary>Changes the fields present; an absent (null) field stays as it is.</summary>
public sealed record UpdatePreferencesCommand(
    string? Theme = null,
    string? Language = null,
    string? Timezone = null,
    bool? EmailNotifications = null,
    bool? PushNotifications = null,
    bool? WeeklyReports = null,
    bool? MarketingEmails = null) : ICommand<UserPreferencesDto>;
