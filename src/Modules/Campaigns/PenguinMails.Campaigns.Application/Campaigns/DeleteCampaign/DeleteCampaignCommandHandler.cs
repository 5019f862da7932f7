using MediatR;
using PenguinMails.Campaigns.Contracts.Campaigns.DeleteCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.DeleteCampaign;

internal sealed class DeleteCampaignCommandHandler(ICampaignRepository campaigns) : IRequestHandler<DeleteCampaignCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireForUpdateAsync(request.Id, cancellationToken);
        campaign.EnsureDeletable();
        campaigns.Remove(campaign);
        return Unit.Value;
    }
}
