using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Campaigns.ListCampaigns;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.ListCampaigns;

/// <summary>A page of the tenant's campaigns in creation order, narrowed by company and status.</summary>
internal sealed class CampaignsPageSpecification : Specification<Campaign>
{
    public CampaignsPageSpecification(ListCampaignsQuery request)
    {
        if (request.CompanyId is { } companyId)
        {
            Query.Where(c => c.CompanyId == companyId);
        }

        if (request.Status is { } name)
        {
            var status = CampaignStatus.Of(name);
            Query.Where(c => c.Status == status);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
