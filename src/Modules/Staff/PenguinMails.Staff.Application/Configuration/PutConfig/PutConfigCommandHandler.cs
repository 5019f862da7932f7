using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Configuration.PutConfig;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Configuration.PutConfig;

internal sealed class PutConfigCommandHandler(ISystemConfigRepository configs, ICurrentUser caller, ConfigCache cache, TimeProvider clock, IMapper mapper) : IRequestHandler<PutConfigCommand, SystemConfigDto>
{
    public async Task<SystemConfigDto> Handle(PutConfigCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var config = await configs.GetAsync(request.Key, cancellationToken);
        if (config is null)
        {
            config = SystemConfig.Create(request.Key, request.Value, request.Description, request.Category, request.IsSensitive, caller.RequireUserId(), now);
            configs.Add(config);
        }
        else
        {
            config.Set(request.Value, request.Description, request.Category, request.IsSensitive, caller.RequireUserId(), now);
        }

        cache.Forget(request.Key);
        return mapper.Map<SystemConfigDto>(config);
    }
}
