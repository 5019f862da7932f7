using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Contracts.Enrollments.ListEnrollments;

/// <summary>A campaign's leads in the order they joined; ?status=.</summary>
public sealed record ListEnrollmentsQuery(Guid CampaignId, int Limit = PageLimits.Default, string? Cursor = null, string? Status = null)
    : IQuery<CursorPage<EnrollmentDto>>, IPagedQuery;
