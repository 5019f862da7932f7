using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Configuration.ListConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record ListConfigQuery : IQuery<IReadOnlyList<SystemConfigDto>>;

internal sealed class ListConfigQueryHandler(ISystemConfigRepository configs) : IRequestHandler<ListConfigQuery, IReadOnlyList<SystemConfigDto>>
{
    public async Task<IReadOnlyList<SystemConfigDto>> Handle(ListConfigQuery request, CancellationToken cancellationToken) =>
        [.. (await configs.ListAsync(cancellationToken)).Select(c => c.ToDto())];
}
