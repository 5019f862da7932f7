using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Templates.ListTemplates;

/// <summary>The tenant's templates, oldest first; ?folderId=, ?tagId=, ?q= (part of the name or subject).</summary>
public sealed record ListTemplatesQuery(int Limit = PageLimits.Default, string? Cursor = null, long? FolderId = null, long? TagId = null, string? Q = null)
    : IQuery<CursorPage<TemplateDto>>, IPagedQuery;
