using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;

/// <summary>Every tenant's domain-to-IP assignments, oldest first; ?domainId=, ?smtpIpAddressId=, ?tenantId=, ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListAssignmentsQuery(
    int Limit = PageLimits.Default, string? Cursor = null, Guid? DomainId = null, Guid? SmtpIpAddressId = null, Guid? TenantId = null, string? Status = null)
    : IQuery<CursorPage<DomainIpAssignmentDto>>, IPagedQuery;
