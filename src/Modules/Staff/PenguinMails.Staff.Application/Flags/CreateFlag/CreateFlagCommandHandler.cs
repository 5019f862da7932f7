using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Flags.CreateFlag;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Flags.CreateFlag;

internal sealed class CreateFlagCommandHandler(IFeatureFlagRepository flags, ICurrentUser caller, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateFlagCommand, FeatureFlagDto>
{
    public Task<FeatureFlagDto> Handle(CreateFlagCommand request, CancellationToken cancellationToken)
    {
        var flag = FeatureFlag.Create(request.Key, request.Description, request.IsEnabled, request.RolloutPercentage, caller.RequireUserId(), clock.GetUtcNow());
        flags.Add(flag);
        return Task.FromResult(mapper.Map<FeatureFlagDto>(flag));
    }
}
