using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Roles.ListRoles;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListRolesQuery : IQuery<IReadOnlyList<StaffRoleDto>>;

internal sealed class ListRolesQueryHandler(IStaffRoleRepository roles) : IRequestHandler<ListRolesQuery, IReadOnlyList<StaffRoleDto>>
{
    public async Task<IReadOnlyList<StaffRoleDto>> Handle(ListRolesQuery request, CancellationToken cancellationToken) => await roles.ListAsync(cancellationToken);
}
