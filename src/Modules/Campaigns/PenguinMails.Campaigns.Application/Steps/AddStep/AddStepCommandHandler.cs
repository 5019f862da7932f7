using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.AddStep;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Steps.AddStep;

internal sealed class AddStepCommandHandler(ICampaignRepository campaigns, ITemplateRepository templates, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<AddStepCommand, CampaignStepDto>
{
    public async Task<CampaignStepDto> Handle(AddStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.EditableAsync(request.CampaignId, cancellationToken);
        await StepEditing.EnsureValidAsync(request.ToDefinition(), templates, mediator, cancellationToken);
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        var position = Math.Min(request.Position ?? steps.Count + 1, steps.Count + 1);
        var now = clock.GetUtcNow();
        foreach (var later in steps.Where(s => s.StepOrder >= position))
        {
            later.MoveTo(later.StepOrder + 1, now);
        }

        var step = CampaignSequenceStep.Create(campaign, position, request.ToDefinition(), now);
        campaigns.AddStep(step);
        return mapper.Map<CampaignStepDto>(step);
    }
}
