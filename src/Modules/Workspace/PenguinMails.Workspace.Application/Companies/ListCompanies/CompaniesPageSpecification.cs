using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Workspace.Contracts.Companies.ListCompanies;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.ListCompanies;

/// <summary>A page of the tenant's companies in creation order, narrowed by status and by a text in the name or handle (any case).</summary>
internal sealed class CompaniesPageSpecification : Specification<Company>
{
    public CompaniesPageSpecification(ListCompaniesQuery request)
    {
        if (request.Status is { } name)
        {
            var status = CompanyStatus.Of(name);
            Query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = LikePattern.Containing(request.Q.Trim().ToLowerInvariant());
            Query.Search(c => c.Name.ToLower(), pattern).Search(c => c.WorkspaceName!.ToLower(), pattern);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
