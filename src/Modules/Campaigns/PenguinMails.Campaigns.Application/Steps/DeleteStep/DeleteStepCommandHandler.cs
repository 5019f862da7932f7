using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts.Steps.DeleteStep;

namespace PenguinMails.Campaigns.Application.Steps.DeleteStep;

internal sealed class DeleteStepCommandHandler(ICampaignRepository campaigns, TimeProvider clock) : IRequestHandler<DeleteStepCommand, Unit>
{
    public async Task<Unit> Handle(DeleteStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.EditableAsync(request.CampaignId, cancellationToken);
        var step = campaign.FindStep(request.StepId) ?? throw NotFoundException.For("step", request.StepId);
        campaign.RemoveStep(step, clock.GetUtcNow());
        return Unit.Value;
    }
}
