using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns;
using PenguinMails.Campaigns.Contracts.Campaigns.ChangeCampaignStatus;

namespace PenguinMails.Campaigns.Application.Campaigns.ChangeCampaignStatus;

internal sealed class ChangeCampaignStatusCommandHandler(ICampaignRepository campaigns, TimeProvider clock, IMapper mapper) : IRequestHandler<ChangeCampaignStatusCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ChangeCampaignStatusCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireForUpdateAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow();
        Action<DateTimeOffset> move = request.Action switch
        {
            CampaignAction.Unschedule => campaign.Unschedule,
            CampaignAction.Start => campaign.Start,
            CampaignAction.Pause => campaign.Pause,
            CampaignAction.Resume => campaign.Resume,
            _ => campaign.Complete,
        };
        move(now);
        return mapper.Map<CampaignDto>(campaign);
    }
}
