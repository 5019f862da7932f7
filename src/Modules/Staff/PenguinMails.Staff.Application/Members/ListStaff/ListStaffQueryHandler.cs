using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Members.ListStaff;

namespace PenguinMails.Staff.Application.Members.ListStaff;

internal sealed class ListStaffQueryHandler(IStaffMemberRepository members) : MediatR.IRequestHandler<ListStaffQuery, IReadOnlyList<StaffMemberDto>>
{
    public async Task<IReadOnlyList<StaffMemberDto>> Handle(ListStaffQuery request, CancellationToken cancellationToken) => await members.ListAsync(cancellationToken);
}
