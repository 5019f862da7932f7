namespace PenguinMails.Billing.Domain;

/// <summary>What a plan offers: limits (null is unlimited), features, and prices in cents.</summary>
internal sealed record PlanTerms(
    string Name,
    string Slug,
    string? Description = null,
    int? MaxUsers = null,
    int? MaxDomains = null,
    int? MaxCampaignsPerMonth = null,
    int? ApiRateLimit = null,
    int? MaxEmailAccounts = null,
    int? MaxEmailsPerMonth = null,
    int? MaxWarmups = null,
    int? MaxContacts = null,
    int? MaxStorageGb = null,
    bool ApiAccess = false,
    bool PrioritySupport = false,
    bool AdvancedAnalytics = false,
    bool WhiteLabel = false,
    int? PriceMonthly = null,
    int? PriceYearly = null,
    string? Notes = null);
