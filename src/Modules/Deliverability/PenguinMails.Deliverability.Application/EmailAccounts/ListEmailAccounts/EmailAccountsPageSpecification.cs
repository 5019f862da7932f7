using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ListEmailAccounts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.ListEmailAccounts;

/// <summary>A page of the tenant's e-mail accounts in creation order, narrowed by domain, status and a text in the address.</summary>
internal sealed class EmailAccountsPageSpecification : Specification<EmailAccount>
{
    public EmailAccountsPageSpecification(ListEmailAccountsQuery request)
    {
        if (request.DomainId is { } domainId)
        {
            Query.Where(a => a.DomainId == domainId);
        }

        if (request.Status is { } name)
        {
            var status = EmailAccountStatus.Of(name);
            Query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            Query.Search(a => a.Email, LikePattern.Containing(request.Q.Trim().ToLowerInvariant()));
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
