using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;
using BlacklistListing = PenguinMails.Deliverability.Domain.BlacklistListing;
using Listing = PenguinMails.Deliverability.Contracts.BlacklistListing;

namespace PenguinMails.Deliverability.Application.Contracts;

internal static class SendingMapping
{
    public static VpsInstanceDto ToDto(this VpsInstance v) => new(
        v.Id, v.HostwindsInstanceId, v.IpAddress, v.Region, v.Status!, v.MonthlyCost, v.ApproximateCost, v.HostwindsBillingDay,
        v.CurrentBillingPeriodStart, v.CurrentBillingPeriodEnd, v.DecommissionScheduledFor, v.Created, v.Updated);

    public static SmtpIpAddressDto ToDto(this SmtpIpAddress ip) => new(
        ip.Id, ip.VpsInstanceId, ip.IpAddress, ip.Status!, ip.ReputationState, ip.ApproximateCost, ip.LastReputationCheck, ip.AssignedCount,
        ip.ProviderBlacklistStatus?.ToContract(), ip.Created, ip.Updated);

    public static DomainIpAssignmentDto ToDto(this DomainIpAssignment a) => new(
        a.Id, a.TenantId, a.DomainId, a.SmtpIpAddressId, a.Status!, a.WarmupState, a.Assigned, a.Expires, a.LastSent, a.Created, a.Updated);

    public static Dictionary<string, Listing> ToContract(this Dictionary<string, BlacklistListing> listings) =>
        listings.ToDictionary(l => l.Key, l => new Listing(l.Value.Listed, l.Value.CheckedAt, l.Value.Detail));

    public static Dictionary<string, BlacklistListing> ToDomain(this Dictionary<string, Listing> listings) =>
        listings.ToDictionary(l => l.Key, l => new BlacklistListing(l.Value.Listed, l.Value.CheckedAt, l.Value.Detail));
}
