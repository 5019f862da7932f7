using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Subscriptions.CancelSubscription;

/// <summary>Ends the subscription when the current period ends (sets cancel_at_period_end).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record CancelSubscriptionCommand : ICommand<SubscriptionDto>;
