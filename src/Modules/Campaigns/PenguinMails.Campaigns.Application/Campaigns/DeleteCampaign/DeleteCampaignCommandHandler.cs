using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;

namespace PenguinMails.Campaigns.Application.Campaigns.DeleteCampaign;

internal sealed class DeleteCampaignCommandHandler(ICampaignRepository campaigns) : IRequestHandler<DeleteCampaignCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("campaign", request.Id);
        campaign.EnsureDeletable();
        campaigns.Remove(campaign);
        return Unit.Value;
    }
}
