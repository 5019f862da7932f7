namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// Counts a tenant's request against its plan's requests per minute, across every instance of the API. Implemented
/// by the Billing module, which owns the plans.
/// </summary>
public interface IRateLimiter
{
    Task<RateLimitDecision> HitAsync(Guid tenantId, Guid? userId, CancellationToken cancellationToken);
}

/// <param name="Limit">Requests allowed per minute; null: unlimited (no headers, never refused).</param>
/// <param name="Remaining">Requests left in this minute.</param>
/// <param name="ResetSeconds">Seconds until the minute ends and the count starts again.</param>
public sealed record RateLimitDecision(int? Limit, int Remaining, int ResetSeconds)
{
    public bool Exceeded => Limit is not null && Remaining < 0;
}
