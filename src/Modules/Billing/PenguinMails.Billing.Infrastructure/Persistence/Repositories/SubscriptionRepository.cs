using PenguinMails.Billing.Application.Subscriptions;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure.Persistence.Repositories;

internal sealed class SubscriptionRepository(BillingDbContext context) : EfRepository<BillingDbContext, Subscription>(context), ISubscriptionRepository;
