using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.ListSteps;

namespace PenguinMails.Campaigns.Application.Steps.ListSteps;

/// <summary>The campaign row is locked for every change of its steps, so orders never collide.</summary>
internal sealed class ListStepsQueryHandler(ICampaignRepository campaigns, IMapper mapper) : IRequestHandler<ListStepsQuery, IReadOnlyList<CampaignStepDto>>
{
    public async Task<IReadOnlyList<CampaignStepDto>> Handle(ListStepsQuery request, CancellationToken cancellationToken)
    {
        await campaigns.RequireAsync(request.CampaignId, cancellationToken);
        return (await campaigns.StepsAsync(request.CampaignId, cancellationToken)).Select(mapper.Map<CampaignStepDto>).ToList();
    }
}
