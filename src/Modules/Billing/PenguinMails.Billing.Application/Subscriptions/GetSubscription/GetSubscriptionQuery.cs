using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Application.Subscriptions.GetSubscription;

public sealed record GetSubscriptionQuery : IQuery<SubscriptionDto>;
