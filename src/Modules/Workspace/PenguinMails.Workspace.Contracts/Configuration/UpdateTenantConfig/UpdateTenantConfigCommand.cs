using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Contracts.Configuration.UpdateTenantConfig;

/// <summary>Changes the fields present in the body; <c>null</c> clears an optional one.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateTenantConfigCommand : ICommand<TenantConfigDto>
{
    public Optional<string?> BillingEmail { get; init; }

    public Optional<BillingAddressDto?> BillingAddress { get; init; }

    public Optional<bool> NotifyOnBillingChanges { get; init; }

    public Optional<bool> NotifyOnSystemUpdates { get; init; }

    public Optional<bool> NotifyOnSecurityAlerts { get; init; }

    public Optional<string?> ThemePrimaryColor { get; init; }

    public Optional<string?> ThemeLogoUrl { get; init; }

    public Optional<string?> ThemeFaviconUrl { get; init; }

    public Optional<bool> UiSidebarDefaultCollapsed { get; init; }

    public Optional<string?> UiDateFormat { get; init; }

    public Optional<string?> UiTimezone { get; init; }

    /// <summary>Never settable here (Billing owns it): sending it is a validation error.</summary>
    public Optional<string?> StripeCustomerId { get; init; }
}
