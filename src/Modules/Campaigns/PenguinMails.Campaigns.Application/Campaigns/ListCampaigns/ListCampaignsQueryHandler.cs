using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.ListCampaigns;

namespace PenguinMails.Campaigns.Application.Campaigns.ListCampaigns;

internal sealed class ListCampaignsQueryHandler(ICampaignRepository campaigns, IMapper mapper) : IRequestHandler<ListCampaignsQuery, CursorPage<CampaignDto>>
{
    public async Task<CursorPage<CampaignDto>> Handle(ListCampaignsQuery request, CancellationToken cancellationToken)
    {
        var rows = await campaigns.ListAsync(new CampaignsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<CampaignDto>, c => new CreatedPosition(c.Created, c.Id).Encode());
    }
}
