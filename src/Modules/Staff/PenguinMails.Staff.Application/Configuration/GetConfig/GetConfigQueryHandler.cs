using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Configuration.GetConfig;

namespace PenguinMails.Staff.Application.Configuration.GetConfig;

internal sealed class GetConfigQueryHandler(ISystemConfigRepository configs, IMapper mapper) : IRequestHandler<GetConfigQuery, SystemConfigDto>
{
    public async Task<SystemConfigDto> Handle(GetConfigQuery request, CancellationToken cancellationToken) =>
        mapper.Map<SystemConfigDto>(await configs.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No configuration entry '{request.Key}'."));
}
