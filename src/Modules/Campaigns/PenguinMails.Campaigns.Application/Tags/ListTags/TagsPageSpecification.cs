using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Tags.ListTags;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags.ListTags;

/// <summary>A page of tags (the tenant's own and the platform defaults, as row-level security shows them) in id order, and one more to tell whether a next page exists.</summary>
internal sealed class TagsPageSpecification : Specification<Tag>
{
    public TagsPageSpecification(ListTagsQuery request) => Query.SequencePage(request.Cursor, request.Limit);
}
