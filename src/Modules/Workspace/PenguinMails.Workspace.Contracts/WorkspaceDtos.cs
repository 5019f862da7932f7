namespace PenguinMails.Workspace.Contracts;

public sealed record CompanyDto(
    Guid Id,
    string Name,
    string? WorkspaceName,
    string? LogoUrl,
    string Status,
    string? Industry,
    string? CompanySize,
    DateTimeOffset Created,
    DateTimeOffset Updated);

/// <summary><c>tenant_config.billing_address</c>; country is ISO 3166-1 alpha-2.</summary>
public sealed record BillingAddressDto(string Line1, string City, string PostalCode, string Country, string? Line2 = null, string? Region = null);

public sealed record TenantConfigDto(
    string? BillingEmail,
    BillingAddressDto? BillingAddress,
    bool NotifyOnBillingChanges,
    bool NotifyOnSystemUpdates,
    bool NotifyOnSecurityAlerts,
    string? ThemePrimaryColor,
    string? ThemeLogoUrl,
    string? ThemeFaviconUrl,
    bool UiSidebarDefaultCollapsed,
    string? UiDateFormat,
    string? UiTimezone,
    string? StripeCustomerId,
    DateTimeOffset Updated);

/// <summary>What deleting a company would also delete, by kind (<c>domains</c>, <c>campaigns</c>).</summary>
public sealed record CompanyDependentsDto(IReadOnlyDictionary<string, int> Counts);

/// <summary>The values of <see cref="CompanyDto.Status"/>, for modules that accept one (a tenant policy's default company status).</summary>
public static class CompanyStatuses
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Archived = "archived";

    public static readonly IReadOnlyList<string> All = [Active, Suspended, Archived];
}
