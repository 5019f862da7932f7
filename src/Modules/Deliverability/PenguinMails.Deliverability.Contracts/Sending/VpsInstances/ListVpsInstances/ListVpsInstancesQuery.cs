using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.VpsInstances.ListVpsInstances;

/// <summary>Every VPS instance, oldest first; ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListVpsInstancesQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Status = null) : IQuery<CursorPage<VpsInstanceDto>>, IPagedQuery;
