using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Infrastructure.Persistence;

namespace PenguinMails.Staff.Infrastructure.Security;

/// <summary>One query: the user's staff role grants the named permission.</summary>
internal sealed class StaffPermissions(StaffDbContext context) : IStaffPermissions
{
    public Task<bool> HasAsync(Guid userId, string permission, CancellationToken cancellationToken) =>
        (from member in context.StaffMemberRows
         join grant in context.StaffRolePermissionRows on member.RoleId equals (int?)grant.RoleId
         join known in context.PermissionRows on grant.PermissionId equals known.Id
         where member.UserId == userId && known.Name == permission
         select member.UserId).AnyAsync(cancellationToken);
}
