using MediatR;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Roles.ListRoles;

namespace PenguinMails.Staff.Application.Roles.ListRoles;

internal sealed class ListRolesQueryHandler(IStaffRoleRepository roles) : IRequestHandler<ListRolesQuery, IReadOnlyList<StaffRoleDto>>
{
    public async Task<IReadOnlyList<StaffRoleDto>> Handle(ListRolesQuery request, CancellationToken cancellationToken) => await roles.ListAsync(cancellationToken);
}
