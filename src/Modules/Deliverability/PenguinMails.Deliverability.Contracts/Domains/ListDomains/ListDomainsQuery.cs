using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Deliverability.Contracts.Domains.ListDomains;

/// <summary>The tenant's domains, oldest first; ?companyId=, ?status=, ?q= (part of the name).</summary>
public sealed record ListDomainsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? CompanyId = null, string? Status = null, string? Q = null)
    : IQuery<CursorPage<DomainDto>>, IPagedQuery;
