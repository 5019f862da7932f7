using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.ReorderSteps;

namespace PenguinMails.Campaigns.Application.Steps.ReorderSteps;

internal sealed class ReorderStepsCommandHandler(ICampaignRepository campaigns, TimeProvider clock, IMapper mapper) : IRequestHandler<ReorderStepsCommand, IReadOnlyList<CampaignStepDto>>
{
    public async Task<IReadOnlyList<CampaignStepDto>> Handle(ReorderStepsCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.EditableAsync(request.CampaignId, cancellationToken);
        if (!campaign.NamesEveryStepOnce(request.StepIds))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["stepIds"] = [$"Name every step of the campaign exactly once ({campaign.Steps.Count} steps)."],
            });
        }

        campaign.ReorderSteps(request.StepIds, clock.GetUtcNow());
        return campaign.Steps.Select(mapper.Map<CampaignStepDto>).ToList();
    }
}
