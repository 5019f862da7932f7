using MapsterMapper;
using MediatR;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Roles.ListPermissions;

namespace PenguinMails.Staff.Application.Roles.ListPermissions;

internal sealed class ListPermissionsQueryHandler(IStaffRoleRepository roles, IMapper mapper) : IRequestHandler<ListPermissionsQuery, IReadOnlyList<PermissionDto>>
{
    public async Task<IReadOnlyList<PermissionDto>> Handle(ListPermissionsQuery request, CancellationToken cancellationToken) =>
        [.. (await roles.PermissionsAsync(cancellationToken)).OrderBy(p => p.Category).ThenBy(p => p.Name).Select(mapper.Map<PermissionDto>)];
}
