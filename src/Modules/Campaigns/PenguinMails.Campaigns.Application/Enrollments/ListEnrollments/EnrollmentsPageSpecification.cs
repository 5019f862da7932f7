using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Enrollments.ListEnrollments;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Enrollments.ListEnrollments;

/// <summary>A page of a campaign's leads in the order they joined, with each lead's address and name; ?status=.</summary>
internal sealed class EnrollmentsPageSpecification : Specification<Enrollment>
{
    public EnrollmentsPageSpecification(ListEnrollmentsQuery request)
    {
        Query.Where(e => e.CampaignId == request.CampaignId);
        if (request.Status is { } name)
        {
            var status = EnrollmentStatus.Of(name);
            Query.Where(e => e.Status == status);
        }

        Query.Include(e => e.Lead);
        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}

/// <summary>One lead's enrollment in a campaign, with the lead.</summary>
internal sealed class EnrollmentOfLeadSpecification : Specification<Enrollment>, ISingleResultSpecification<Enrollment>
{
    public EnrollmentOfLeadSpecification(Guid campaignId, Guid leadId) =>
        Query.Where(e => e.CampaignId == campaignId && e.LeadId == leadId).Include(e => e.Lead);
}
