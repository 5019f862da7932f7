using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Flags.UpdateFlag;

namespace PenguinMails.Staff.Application.Flags.UpdateFlag;

internal sealed class UpdateFlagCommandHandler(IFeatureFlagRepository flags, ICurrentUser caller, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateFlagCommand, FeatureFlagDto>
{
    public async Task<FeatureFlagDto> Handle(UpdateFlagCommand request, CancellationToken cancellationToken)
    {
        var flag = await flags.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No feature flag '{request.Key}'.");
        flag.Change(request.Description ?? flag.Description, request.IsEnabled ?? flag.IsEnabled, request.RolloutPercentage ?? flag.RolloutPercentage,
            caller.RequireUserId(), clock.GetUtcNow());
        return mapper.Map<FeatureFlagDto>(flag);
    }
}
