using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Application.Subscriptions.ResumeSubscription;

/// <summary>Keeps the subscription going past the current period (clears cancel_at_period_end).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ResumeSubscriptionCommand : ICommand<SubscriptionDto>;
