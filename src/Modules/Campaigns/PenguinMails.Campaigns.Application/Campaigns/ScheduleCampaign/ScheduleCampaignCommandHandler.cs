using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.ScheduleCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.ScheduleCampaign;

internal sealed class ScheduleCampaignCommandHandler(ICampaignRepository campaigns, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<ScheduleCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ScheduleCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireWithStepsForUpdateAsync(request.Id, cancellationToken);
        campaign.Schedule(request.Scheduled, await mediator.SendingAccountsAsync(campaign, cancellationToken), clock.GetUtcNow());
        return mapper.Map<CampaignDto>(campaign);
    }
}
