using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.Assignments.CreateAssignment;

/// <summary>
/// Lets a tenant's domain send from a platform IP (status <c>active</c>, <c>warming</c> or <c>scheduled</c>).
/// Raises the IP's assigned count; a burned or quarantined IP, or a second live assignment of the same pair, is refused (409).
/// </summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record CreateAssignmentCommand(Guid DomainId, Guid SmtpIpAddressId, string Status = DomainIpAssignmentStatuses.Active, DateTimeOffset? Expires = null)
    : ICommand<DomainIpAssignmentDto>;
