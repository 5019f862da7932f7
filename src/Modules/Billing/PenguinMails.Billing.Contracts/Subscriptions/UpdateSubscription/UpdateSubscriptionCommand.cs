using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Subscriptions.UpdateSubscription;

/// <summary>Names who receives billing mail: an active member of the tenant.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateSubscriptionCommand(Guid BillingContactUserId) : ICommand<SubscriptionDto>;
