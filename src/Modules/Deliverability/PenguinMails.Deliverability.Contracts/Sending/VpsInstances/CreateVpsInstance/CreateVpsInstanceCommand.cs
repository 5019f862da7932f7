using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.VpsInstances.CreateVpsInstance;

/// <summary>A server being provisioned at the hosting provider; it starts <c>provisioning</c>.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record CreateVpsInstanceCommand(
    string? HostwindsInstanceId,
    string? IpAddress,
    string? Region,
    decimal? MonthlyCost,
    decimal? ApproximateCost = null,
    int? HostwindsBillingDay = null,
    DateTimeOffset? CurrentBillingPeriodStart = null,
    DateTimeOffset? CurrentBillingPeriodEnd = null) : ICommand<VpsInstanceDto>;
