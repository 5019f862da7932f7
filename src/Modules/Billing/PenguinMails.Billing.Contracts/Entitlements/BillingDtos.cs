namespace PenguinMails.Billing.Contracts.Entitlements;

/// <summary>One limit: its maximum (null: unlimited) and what the tenant uses now.</summary>
public sealed record LimitUsageDto(string Limit, int? Max, int Current);

public sealed record UsageDto(string PlanSlug, IReadOnlyList<LimitUsageDto> Limits);

public sealed record SubscriptionDto(
    Guid Id,
    Guid? PlanId,
    string? PlanSlug,
    Guid? PendingPlanId,
    string? Status,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    bool CancelAtPeriodEnd,
    Guid? BillingContactUserId,
    DateTimeOffset Created,
    DateTimeOffset Updated);

public sealed record AddonDto(string Id, string AddonType, int Quantity, decimal? PriceMonthly, bool IsActive, DateTimeOffset Created);

public sealed record PaymentDto(
    Guid Id,
    decimal Amount,
    string Currency,
    string Status,
    DateTimeOffset? Processed,
    string? Description,
    DateTimeOffset? BillingPeriodStart,
    DateTimeOffset? BillingPeriodEnd,
    DateTimeOffset Created);
