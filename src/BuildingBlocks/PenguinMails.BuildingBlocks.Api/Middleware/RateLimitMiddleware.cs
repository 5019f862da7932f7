using System.Globalization;
using Microsoft.AspNetCore.Http;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Counts every request made in a tenant (by session or API key) against the tenant's plan, and says where it stands
/// in <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c>; past the limit, 429 with
/// <c>Retry-After</c>. Requests outside a tenant are not counted.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant tenant, ICurrentUser user, IProblemDetailsService problems)
    {
        if (tenant.TenantId is not { } tenantId || context.RequestServices.GetService(typeof(IRateLimiter)) is not IRateLimiter limiter)
        {
            await next(context);
            return;
        }

        var decision = await limiter.HitAsync(tenantId, user.UserId, context.RequestAborted);
        if (decision.Limit is { } limit)
        {
            var headers = context.Response.Headers;
            headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["RateLimit-Remaining"] = Math.Max(0, decision.Remaining).ToString(CultureInfo.InvariantCulture);
            headers["RateLimit-Reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (!decision.Exceeded)
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        await Errors.ProblemResponses.WriteAsync(context, problems, StatusCodes.Status429TooManyRequests, "rate-limit-exceeded", "Too many requests",
            $"This tenant's plan allows {decision.Limit} requests a minute; try again in {decision.ResetSeconds} s.");
    }
}
