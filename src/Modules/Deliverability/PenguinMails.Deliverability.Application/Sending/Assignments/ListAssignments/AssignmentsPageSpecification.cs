using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.ListAssignments;

/// <summary>A page of domain-to-IP assignments of every tenant (staff see them through the staff row policies, so the tenant filter is lifted), in creation order.</summary>
internal sealed class AssignmentsPageSpecification : Specification<DomainIpAssignment>
{
    public AssignmentsPageSpecification(ListAssignmentsQuery request)
    {
        Query.IgnoreQueryFilters();
        if (request.DomainId is { } domainId)
        {
            Query.Where(a => a.DomainId == domainId);
        }

        if (request.SmtpIpAddressId is { } ipId)
        {
            Query.Where(a => a.SmtpIpAddressId == ipId);
        }

        if (request.TenantId is { } tenantId)
        {
            Query.Where(a => a.TenantId == tenantId);
        }

        if (request.Status is { } name)
        {
            var status = AssignmentStatus.Of(name);
            Query.Where(a => a.Status == status);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
