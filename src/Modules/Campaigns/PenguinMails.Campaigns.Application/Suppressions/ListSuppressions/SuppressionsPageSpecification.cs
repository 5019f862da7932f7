using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Suppressions.ListSuppressions;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Suppressions.ListSuppressions;

internal sealed class SuppressionsPageSpecification : Specification<Suppression>
{
    public SuppressionsPageSpecification(ListSuppressionsQuery request)
    {
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            Query.Search(s => s.Value, LikePattern.Containing(request.Q.Trim().ToLowerInvariant()));
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
