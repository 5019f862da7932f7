namespace PenguinMails.Deliverability.Contracts;

public sealed record VpsInstanceDto(
    Guid Id,
    string? HostwindsInstanceId,
    string? IpAddress,
    string? Region,
    string Status,
    decimal? MonthlyCost,
    decimal? ApproximateCost,
    int? HostwindsBillingDay,
    DateTimeOffset? CurrentBillingPeriodStart,
    DateTimeOffset? CurrentBillingPeriodEnd,
    DateTimeOffset? DecommissionScheduledFor,
    DateTimeOffset Created,
    DateTimeOffset Updated);

public sealed record SmtpIpAddressDto(
    Guid Id,
    Guid? VpsInstanceId,
    string IpAddress,
    string Status,
    string? ReputationState,
    decimal? ApproximateCost,
    DateTimeOffset? LastReputationCheck,
    int AssignedCount,
    IReadOnlyDictionary<string, BlacklistListing>? ProviderBlacklistStatus,
    DateTimeOffset Created,
    DateTimeOffset Updated);

public sealed record DomainIpAssignmentDto(
    Guid Id,
    Guid TenantId,
    Guid? DomainId,
    Guid? SmtpIpAddressId,
    string Status,
    string? WarmupState,
    DateTimeOffset Assigned,
    DateTimeOffset? Expires,
    DateTimeOffset? LastSent,
    DateTimeOffset Created,
    DateTimeOffset Updated);

/// <summary>
/// A month's sending-infrastructure cost. Each IP's monthly cost plus an equal share of its instance's is split
/// equally among the domains assigned to it during the month; a tenant's cost is its domains' shares. What no
/// domain used is <c>unattributed</c>.
/// </summary>
public sealed record CostReportDto(string Month, decimal PlatformTotal, decimal Attributed, decimal Unattributed, IReadOnlyList<TenantCostDto> Tenants);

public sealed record TenantCostDto(Guid TenantId, string? TenantName, int Domains, decimal IpCost, decimal InstanceShare, decimal Total);

/// <summary>The values of <see cref="DomainIpAssignmentDto.Status"/>.</summary>
public static class DomainIpAssignmentStatuses
{
    public const string Active = "active";
    public const string Warming = "warming";
    public const string Scheduled = "scheduled";
    public const string Expired = "expired";
}
