using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Sending.Assignments.UpdateAssignment;

/// <summary>
/// Changes the fields present. Status and warm-up follow their transitions (409 otherwise); expiring an
/// assignment lowers its IP's assigned count.
/// </summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record UpdateAssignmentCommand : ICommand<DomainIpAssignmentDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Status { get; init; }

    public Optional<string> WarmupState { get; init; }

    public Optional<DateTimeOffset?> Expires { get; init; }
}
