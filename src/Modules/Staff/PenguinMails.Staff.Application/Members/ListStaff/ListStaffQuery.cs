using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Members.ListStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListStaffQuery : IQuery<IReadOnlyList<StaffMemberDto>>;

internal sealed class ListStaffQueryHandler(IStaffMemberRepository members) : MediatR.IRequestHandler<ListStaffQuery, IReadOnlyList<StaffMemberDto>>
{
    public async Task<IReadOnlyList<StaffMemberDto>> Handle(ListStaffQuery request, CancellationToken cancellationToken) => await members.ListAsync(cancellationToken);
}
