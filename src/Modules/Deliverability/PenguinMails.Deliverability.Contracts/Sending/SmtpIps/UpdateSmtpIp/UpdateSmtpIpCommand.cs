using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Sending.SmtpIps.UpdateSmtpIp;

/// <summary>
/// Changes the fields present. A status follows the IP's transitions (409 otherwise; burned is final). A
/// reputation state or blacklist answer records a reputation check made now.
/// </summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record UpdateSmtpIpCommand : ICommand<SmtpIpAddressDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Status { get; init; }

    public Optional<string?> ReputationState { get; init; }

    public Optional<Dictionary<string, BlacklistListing>?> ProviderBlacklistStatus { get; init; }

    public Optional<decimal?> ApproximateCost { get; init; }
}
