using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Contracts;

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

internal static class SendingMapping
{
    public static VpsInstanceDto ToDto(this VpsInstance v) => new(
        v.Id, v.HostwindsInstanceId, v.IpAddress, v.Region, v.Status!, v.MonthlyCost, v.ApproximateCost, v.HostwindsBillingDay,
        v.CurrentBillingPeriodStart, v.CurrentBillingPeriodEnd, v.DecommissionScheduledFor, v.Created, v.Updated);

    public static SmtpIpAddressDto ToDto(this SmtpIpAddress ip) => new(
        ip.Id, ip.VpsInstanceId, ip.IpAddress, ip.Status!, ip.ReputationState, ip.ApproximateCost, ip.LastReputationCheck, ip.AssignedCount,
        ip.ProviderBlacklistStatus, ip.Created, ip.Updated);

    public static DomainIpAssignmentDto ToDto(this DomainIpAssignment a) => new(
        a.Id, a.TenantId, a.DomainId, a.SmtpIpAddressId, a.Status!, a.WarmupState, a.Assigned, a.Expires, a.LastSent, a.Created, a.Updated);
}
