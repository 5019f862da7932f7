using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Application.Payments;
using PenguinMails.Billing.Infrastructure.Jobs;
using PenguinMails.Billing.Infrastructure.Payments;
using PenguinMails.Billing.Infrastructure.Persistence;
using PenguinMails.Billing.Infrastructure.RateLimits;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure;

namespace PenguinMails.Billing.Infrastructure;

public static class BillingInfrastructureExtensions
{
    /// <summary>The Billing module's DbContext, handlers, validators, repositories and mappings, and its configuration section.</summary>
    public static IServiceCollection AddBillingInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section);
        services.AddScoped<BillingState>();
        services.AddScoped<IRateLimiter, DatabaseRateLimiter>();
        services.AddSingleton<RateLimitWindows>();
        services.AddSingleton<IPaymentProvider, DeferredPaymentProvider>();
        services.AddHostedService<SubscriptionRollOverService>();
        services.AddSingleton(new UniqueConstraintConflict("plans_slug_key", "plan-slug-taken", "A plan with this slug exists already."));
        services.AddSingleton(new UniqueConstraintConflict("ux_subscriptions_current", "subscription-exists", "This tenant already has a current subscription."));
        return services
            .AddModuleDbContext<BillingDbContext>()
            .AddModuleServices(BillingApplicationAssembly.Assembly, typeof(BillingDbContext).Assembly);
    }
}
