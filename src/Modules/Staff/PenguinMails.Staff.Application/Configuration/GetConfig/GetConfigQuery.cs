using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Configuration.GetConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record GetConfigQuery(string Key) : IQuery<SystemConfigDto>;

internal sealed class GetConfigQueryHandler(ISystemConfigRepository configs) : IRequestHandler<GetConfigQuery, SystemConfigDto>
{
    public async Task<SystemConfigDto> Handle(GetConfigQuery request, CancellationToken cancellationToken) =>
        (await configs.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No configuration entry '{request.Key}'.")).ToDto();
}
