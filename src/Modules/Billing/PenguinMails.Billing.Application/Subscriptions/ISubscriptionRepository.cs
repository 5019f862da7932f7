using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application.Subscriptions;

internal interface ISubscriptionRepository : IRepository<Subscription>;
