using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Tenants.ListTenants;

/// <summary>Every tenant with its plan and usage, oldest first (support).</summary>
[RequiresStaffPermission(StaffPermissionNames.TenantsRead)]
public sealed record ListTenantsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<TenantSummaryDto>>, IPagedQuery;
