using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Suppressions.RemoveSuppression;

namespace PenguinMails.Campaigns.Application.Suppressions.RemoveSuppression;

internal sealed class RemoveSuppressionCommandHandler(ISuppressionRepository suppressions) : IRequestHandler<RemoveSuppressionCommand, Unit>
{
    public async Task<Unit> Handle(RemoveSuppressionCommand request, CancellationToken cancellationToken)
    {
        suppressions.Remove(await suppressions.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("suppression", request.Id));
        return Unit.Value;
    }
}
