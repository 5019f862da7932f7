using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Infrastructure.Persistence;

/// <summary>The Billing module's tables: plans, subscriptions, subscription_addons, payments.</summary>
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<Plan> PlanRows => Set<Plan>();

    public DbSet<Subscription> SubscriptionRows => Set<Subscription>();

    public DbSet<SubscriptionAddon> SubscriptionAddonRows => Set<SubscriptionAddon>();

    public DbSet<Payment> PaymentRows => Set<Payment>();
}
