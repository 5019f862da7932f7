using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Subscriptions.RollOverDueSubscriptions;

/// <summary>
/// Rolls over up to <paramref name="BatchSize"/> subscriptions whose period has ended, across tenants (a platform
/// job): applies pending plans, advances periods, ends the canceled (the tenant falls back to the default plan),
/// and charges paid plans for the new period. Returns how many it rolled; safe on several instances at once.
/// </summary>
public sealed record RollOverDueSubscriptionsCommand(int BatchSize = 100) : ICommand<int>;
