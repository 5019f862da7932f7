using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Campaigns.ListCampaigns;

/// <summary>The tenant's campaigns, oldest first; ?companyId=, ?status=.</summary>
public sealed record ListCampaignsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? CompanyId = null, string? Status = null)
    : IQuery<CursorPage<CampaignDto>>, IPagedQuery;
