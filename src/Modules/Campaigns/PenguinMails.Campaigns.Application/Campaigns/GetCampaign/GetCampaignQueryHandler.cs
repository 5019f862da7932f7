using MediatR;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.GetCampaign;

namespace PenguinMails.Campaigns.Application.Campaigns.GetCampaign;

internal sealed class GetCampaignQueryHandler(ICampaignRepository campaigns) : IRequestHandler<GetCampaignQuery, CampaignDto>
{
    public async Task<CampaignDto> Handle(GetCampaignQuery request, CancellationToken cancellationToken) =>
        (await campaigns.RequireAsync(request.Id, cancellationToken)).ToDto();
}
