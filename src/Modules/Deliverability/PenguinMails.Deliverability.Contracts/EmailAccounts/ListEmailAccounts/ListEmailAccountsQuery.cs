using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.ListEmailAccounts;

/// <summary>The tenant's e-mail accounts, oldest first; ?domainId=, ?status=, ?q= (part of the address).</summary>
public sealed record ListEmailAccountsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? DomainId = null, string? Status = null, string? Q = null)
    : IQuery<CursorPage<EmailAccountDto>>, IPagedQuery;
