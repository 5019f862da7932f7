using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Limits for routes an attacker would hammer, beside the tenant's plan limit (which counts only requests in a tenant):
/// anonymous routes per client address (sign-in, sign-up, verification, invitations), and account-changing routes per
/// signed-in user (new tenants, verification e-mails, password changes, turning 2FA off). Sliding windows held in
/// memory, per API instance: a throttle against guessing and flooding, not a quota.
/// </summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Security:Throttling";

    /// <summary>Requests a minute one client address may make to the anonymous routes, together.</summary>
    public int AnonymousPerClientPerMinute { get; set; } = 20;

    /// <summary>Requests an hour one user may make to each account-changing route.</summary>
    public int AccountChangesPerUserPerHour { get; set; } = 10;
}

internal static class Throttling
{
    internal const string PerClient = "per-client";
    internal const string PerAccount = "per-account";

    internal static IServiceCollection AddThrottling(this IServiceCollection services)
    {
        services.AddOptions<ThrottlingOptions>().BindConfiguration(ThrottlingOptions.Section)
            .Validate(o => o.AnonymousPerClientPerMinute > 0 && o.AccountChangesPerUserPerHour > 0, "Security:Throttling needs positive limits.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(PerClient, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<ThrottlingOptions>>().Value;
                return RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(
                    options.AnonymousPerClientPerMinute, TimeSpan.FromMinutes(1)));
            });
            limiter.AddPolicy(PerAccount, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<ThrottlingOptions>>().Value;
                var user = context.RequestServices.GetRequiredService<ICurrentUser>().UserId?.ToString() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetSlidingWindowLimiter($"{user} {context.GetEndpoint()?.DisplayName}", _ => Window(
                    options.AccountChangesPerUserPerHour, TimeSpan.FromHours(1)));
            });
        });
        return services;
    }

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits, Window = window, SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await Errors.ProblemResponses.WriteAsync(context, context.RequestServices.GetRequiredService<IProblemDetailsService>(),
            StatusCodes.Status429TooManyRequests, "too-many-attempts", "Too many requests",
            $"Too many of these requests from here; try again in {retryAfter} s.");
    }
}
