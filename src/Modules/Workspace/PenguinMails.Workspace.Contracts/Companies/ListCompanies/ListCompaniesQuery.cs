using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Workspace.Contracts.Companies.ListCompanies;

/// <summary>The tenant's companies, oldest first; <paramref name="Q"/> matches name or workspace name, case-insensitively.</summary>
public sealed record ListCompaniesQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Status = null, string? Q = null)
    : IQuery<CursorPage<CompanyDto>>, IPagedQuery;
