using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Sending.VpsInstances.UpdateVpsInstance;

/// <summary>
/// Changes the fields present. A status follows the instance's transitions (409 otherwise): scheduling a
/// decommission takes <c>decommissionScheduledFor</c>; decommissioning an instance whose IPs still serve domains is refused.
/// </summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record UpdateVpsInstanceCommand : ICommand<VpsInstanceDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Status { get; init; }

    public Optional<DateTimeOffset?> DecommissionScheduledFor { get; init; }

    public Optional<string?> HostwindsInstanceId { get; init; }

    public Optional<string?> IpAddress { get; init; }

    public Optional<string?> Region { get; init; }

    public Optional<decimal?> MonthlyCost { get; init; }

    public Optional<decimal?> ApproximateCost { get; init; }

    public Optional<int?> HostwindsBillingDay { get; init; }

    public Optional<DateTimeOffset?> CurrentBillingPeriodStart { get; init; }

    public Optional<DateTimeOffset?> CurrentBillingPeriodEnd { get; init; }
}
