using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.SmtpIps.ListSmtpIps;

/// <summary>Every sending IP, oldest first; ?vpsInstanceId=, ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListSmtpIpsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? VpsInstanceId = null, string? Status = null)
    : IQuery<CursorPage<SmtpIpAddressDto>>, IPagedQuery;
