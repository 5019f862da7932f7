using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Workspace.Application.Contracts;

namespace PenguinMails.Workspace.Application.Configuration.UpdateTenantConfig;

/// <summary>Changes the fields present in the body; <c>null</c> clears an optional one.</summary>
/// <param name="StripeCustomerId">Never settable here (Billing owns it): sending it is a validation error.</param>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateTenantConfigCommand(
    Optional<string?> BillingEmail = default,
    Optional<BillingAddressDto?> BillingAddress = default,
    Optional<bool> NotifyOnBillingChanges = default,
    Optional<bool> NotifyOnSystemUpdates = default,
    Optional<bool> NotifyOnSecurityAlerts = default,
    Optional<string?> ThemePrimaryColor = default,
    Optional<string?> ThemeLogoUrl = default,
    Optional<string?> ThemeFaviconUrl = default,
    Optional<bool> UiSidebarDefaultCollapsed = default,
    Optional<string?> UiDateFormat = default,
    Optional<string?> UiTimezone = default,
    Optional<string?> StripeCustomerId = default) : ICommand<TenantConfigDto>;
