using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.AddStep;

namespace PenguinMails.Campaigns.Application.Steps.AddStep;

internal sealed class AddStepCommandHandler(ICampaignRepository campaigns, ITemplateRepository templates, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<AddStepCommand, CampaignStepDto>
{
    public async Task<CampaignStepDto> Handle(AddStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.EditableAsync(request.CampaignId, cancellationToken);
        await StepEditing.EnsureValidAsync(request.ToDefinition(), templates, mediator, cancellationToken);
        var step = campaign.AddStep(request.ToDefinition(), request.Position, clock.GetUtcNow());
        return mapper.Map<CampaignStepDto>(step);
    }
}
