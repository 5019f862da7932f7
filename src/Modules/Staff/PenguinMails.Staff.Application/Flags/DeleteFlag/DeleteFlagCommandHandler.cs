using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts.Flags.DeleteFlag;

namespace PenguinMails.Staff.Application.Flags.DeleteFlag;

internal sealed class DeleteFlagCommandHandler(IFeatureFlagRepository flags) : IRequestHandler<DeleteFlagCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFlagCommand request, CancellationToken cancellationToken)
    {
        flags.Remove(await flags.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No feature flag '{request.Key}'."));
        return Unit.Value;
    }
}
