namespace PenguinMails.Billing.Contracts;

/// <summary>A plan as clients see it: limits (null = unlimited), features, and prices in cents.</summary>
public sealed record PlanDto(
    Guid Id,
    string Name,
    string Slug,
    string? Description,
    int? MaxUsers,
    int? MaxDomains,
    int? MaxCampaignsPerMonth,
    int? ApiRateLimit,
    int? MaxEmailAccounts,
    int? MaxEmailsPerMonth,
    int? MaxWarmups,
    int? MaxContacts,
    int? MaxStorageGb,
    bool ApiAccess,
    bool PrioritySupport,
    bool AdvancedAnalytics,
    bool WhiteLabel,
    int? PriceMonthly,
    int? PriceYearly,
    string? Notes,
    bool IsActive);
