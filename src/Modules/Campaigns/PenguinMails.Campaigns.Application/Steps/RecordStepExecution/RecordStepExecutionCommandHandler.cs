using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts.Steps.RecordStepExecution;

namespace PenguinMails.Campaigns.Application.Steps.RecordStepExecution;

internal sealed class RecordStepExecutionCommandHandler(ICampaignRepository campaigns, TimeProvider clock) : IRequestHandler<RecordStepExecutionCommand, Unit>
{
    public async Task<Unit> Handle(RecordStepExecutionCommand request, CancellationToken cancellationToken) =>
        await campaigns.RecordExecutionAsync(request.StepId, clock.GetUtcNow(), cancellationToken)
            ? Unit.Value
            : throw NotFoundException.For("step", request.StepId);
}
