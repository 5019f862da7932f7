using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Steps.UpdateStep;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Steps.UpdateStep;

internal sealed class UpdateStepCommandHandler(ICampaignRepository campaigns, ITemplateRepository templates, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateStepCommand, CampaignStepDto>
{
    public async Task<CampaignStepDto> Handle(UpdateStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.EditableAsync(request.CampaignId, cancellationToken);
        var step = campaign.FindStep(request.StepId) ?? throw NotFoundException.For("step", request.StepId);
        var current = step.Definition;
        var definition = new StepDefinition(
            request.StepType.Or(current.StepType), request.TemplateId.Or(current.TemplateId), request.EmailAccountId.Or(current.EmailAccountId),
            request.SubjectOverride.Or(current.SubjectOverride), request.FromNameOverride.Or(current.FromNameOverride), request.SendCondition.Or(current.SendCondition),
            request.WaitDurationHours.Or(current.WaitDurationHours), request.WaitUntilDate.Or(current.WaitUntilDate),
            request.ConditionType.Or(current.ConditionType), request.ConditionValue.Or(current.ConditionValue), request.IsActive.Or(current.IsActive));
        await StepEditing.EnsureValidAsync(definition, templates, mediator, cancellationToken);
        campaign.RedefineStep(step, definition, clock.GetUtcNow());
        return mapper.Map<CampaignStepDto>(step);
    }
}
