using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Subscriptions.GetSubscription;

public sealed record GetSubscriptionQuery : IQuery<SubscriptionDto>;
