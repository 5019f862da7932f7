namespace PenguinMails.Identity.Contracts;

public sealed record MembershipDto(Guid TenantId, string? TenantName, IReadOnlyList<string> Roles, DateTimeOffset Created);

public sealed record MeDto(
    Guid Id,
    string? Email,
    string? Name,
    string? GivenName,
    string? FamilyName,
    string? Picture,
    DateTimeOffset? EmailVerified,
    bool TwoFactorEnabled,
    DateTimeOffset Created,
    IReadOnlyList<MembershipDto> Memberships);

public sealed record UserPreferencesDto(
    string Theme,
    string Language,
    string Timezone,
    bool EmailNotifications,
    bool PushNotifications,
    bool WeeklyReports,
    bool MarketingEmails,
    DateTimeOffset Updated);
