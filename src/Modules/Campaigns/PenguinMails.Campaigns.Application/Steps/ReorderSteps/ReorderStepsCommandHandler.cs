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
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        if (steps.Count != request.StepIds.Count || steps.Any(s => !request.StepIds.Contains(s.Id)))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["stepIds"] = [$"Name every step of the campaign exactly once ({steps.Count} steps)."],
            });
        }

        var ordered = request.StepIds.Select(id => steps.Single(s => s.Id == id)).ToList();
        StepEditing.Renumber(ordered, clock.GetUtcNow());
        return ordered.Select(mapper.Map<CampaignStepDto>).ToList();
    }
}
