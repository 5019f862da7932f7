using MediatR;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.EnrollLeads;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Enrollments.EnrollLeads;

/// <summary>
/// The campaign is locked while its leads are added, so they join a campaign that is not being completed or deleted
/// at the same moment; the leads themselves are chosen and written in set-based statements.
/// </summary>
internal sealed class EnrollLeadsCommandHandler(ICampaignRepository campaigns, IEnrollmentWriter writer, TimeProvider clock)
    : IRequestHandler<EnrollLeadsCommand, EnrollmentResultDto>
{
    public async Task<EnrollmentResultDto> Handle(EnrollLeadsCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireForUpdateAsync(request.CampaignId, cancellationToken);
        campaign.CheckAcceptsLeads();
        var counts = await writer.EnrollAsync(campaign.Id, SelectionOf(request), clock.GetUtcNow(), cancellationToken);
        return new EnrollmentResultDto(counts.Added, counts.AlreadyInCampaign, new EnrollmentSkipsDto(counts.Unsubscribed, counts.Bounced, counts.Suppressed), counts.NotFound);
    }

    private static LeadSelection SelectionOf(EnrollLeadsCommand request)
    {
        if (request.LeadIds is { } ids)
        {
            return new LeadSelection([.. ids.Distinct()], null, null);
        }

        var filter = request.Filter!;
        var prefix = string.IsNullOrWhiteSpace(filter.Q) ? null : LikePattern.StartingWith(filter.Q.Trim().ToLowerInvariant());
        return new LeadSelection(null, filter.Status is { } status ? LeadStatus.Of(status) : null, prefix);
    }
}
