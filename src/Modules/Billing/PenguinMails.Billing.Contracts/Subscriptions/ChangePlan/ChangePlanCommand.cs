using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Subscriptions.ChangePlan;

/// <summary>
/// An upgrade (a plan costing at least as much) applies now; a downgrade waits for the end of the period, and is
/// refused (409, naming the limits) while current usage would not fit the smaller plan.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ChangePlanCommand(Guid PlanId) : ICommand<SubscriptionDto>;
