using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Templates.ListTemplates;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.ListTemplates;

/// <summary>A page of templates in creation order, narrowed by folder, tag and text in the name or subject (any case).</summary>
internal sealed class TemplatesPageSpecification : Specification<Template>
{
    public TemplatesPageSpecification(ListTemplatesQuery request)
    {
        if (request.FolderId is { } folderId)
        {
            Query.Where(t => t.FolderLinks.Any(l => l.FolderId == folderId));
        }

        if (request.TagId is { } tagId)
        {
            Query.Where(t => t.TagLinks.Any(l => l.TagId == tagId));
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            // Lower case on both sides: a match in any case, as ILIKE would find.
            var pattern = LikePattern.Containing(request.Q.Trim().ToLowerInvariant());
            Query.Search(t => t.Name.ToLower(), pattern).Search(t => t.Subject!.ToLower(), pattern);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
