using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.ListSteps;

namespace PenguinMails.Campaigns.Application.Steps.ListSteps;

/// <summary>The campaign's sequence in order, read with the campaign (404 when it is not this tenant's).</summary>
internal sealed class ListStepsQueryHandler(ICampaignRepository campaigns, IMapper mapper) : IRequestHandler<ListStepsQuery, IReadOnlyList<CampaignStepDto>>
{
    public async Task<IReadOnlyList<CampaignStepDto>> Handle(ListStepsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.SingleOrDefaultAsync(new CampaignWithStepsSpecification(request.CampaignId), cancellationToken)
                       ?? throw NotFoundException.For("campaign", request.CampaignId);
        return campaign.Steps.Select(mapper.Map<CampaignStepDto>).ToList();
    }
}
