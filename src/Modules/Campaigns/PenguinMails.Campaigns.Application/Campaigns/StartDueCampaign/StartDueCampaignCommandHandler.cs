using MediatR;
using PenguinMails.Campaigns.Contracts.Campaigns.StartDueCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.StartDueCampaign;

/// <summary>The claim locks the campaign and skips one another instance holds, so each starts once.</summary>
internal sealed class StartDueCampaignCommandHandler(ICampaignRepository campaigns, TimeProvider clock) : IRequestHandler<StartDueCampaignCommand, bool>
{
    public async Task<bool> Handle(StartDueCampaignCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await campaigns.ClaimDueScheduledAsync(now, cancellationToken) is not { } campaign)
        {
            return false;
        }

        campaign.Start(now);
        return true;
    }
}
