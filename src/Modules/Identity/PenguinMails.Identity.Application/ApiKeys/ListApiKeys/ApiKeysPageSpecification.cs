using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Identity.Contracts.ApiKeys.ListApiKeys;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys.ListApiKeys;

/// <summary>A page of the tenant's API keys in creation order.</summary>
internal sealed class ApiKeysPageSpecification : Specification<ApiKey>
{
    public ApiKeysPageSpecification(ListApiKeysQuery request) =>
        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
}
