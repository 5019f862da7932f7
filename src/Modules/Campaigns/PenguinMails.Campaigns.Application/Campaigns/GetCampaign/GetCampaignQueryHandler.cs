using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.GetCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.GetCampaign;

internal sealed class GetCampaignQueryHandler(ICampaignRepository campaigns, IMapper mapper) : IRequestHandler<GetCampaignQuery, CampaignDto>
{
    public async Task<CampaignDto> Handle(GetCampaignQuery request, CancellationToken cancellationToken) =>
        mapper.Map<CampaignDto>(await campaigns.RequireAsync(request.Id, cancellationToken));
}
