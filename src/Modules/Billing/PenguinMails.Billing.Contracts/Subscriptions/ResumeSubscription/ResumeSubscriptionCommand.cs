using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Subscriptions.ResumeSubscription;

/// <summary>Keeps the subscription going past the current period (clears cancel_at_period_end).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ResumeSubscriptionCommand : ICommand<SubscriptionDto>;
