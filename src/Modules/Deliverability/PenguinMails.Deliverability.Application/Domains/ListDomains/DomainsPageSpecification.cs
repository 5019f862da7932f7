using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Deliverability.Contracts.Domains.ListDomains;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Domains.ListDomains;

/// <summary>A page of the tenant's domains in creation order, narrowed by company, verification status and a text in the name.</summary>
internal sealed class DomainsPageSpecification : Specification<SendingDomain>
{
    public DomainsPageSpecification(ListDomainsQuery request)
    {
        if (request.CompanyId is { } companyId)
        {
            Query.Where(d => d.CompanyId == companyId);
        }

        if (request.Status is { } name)
        {
            var status = DomainStatus.Of(name);
            Query.Where(d => d.VerificationStatus == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            Query.Search(d => d.Domain, LikePattern.Containing(request.Q.Trim().ToLowerInvariant()));
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
