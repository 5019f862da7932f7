using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Infrastructure.Persistence;

namespace PenguinMails.Staff.Infrastructure.Security;

/// <summary>
/// One query: the user's staff role grants the named permission. Scoped, and remembered for the scope: the route check
/// and the pipeline check of one request ask the database once; the next request asks again (no stale grants).
/// </summary>
internal sealed class StaffPermissions(StaffDbContext context) : IStaffPermissions
{
    private readonly Dictionary<(Guid UserId, string Permission), bool> _answers = [];

    public async Task<bool> HasAsync(Guid userId, string permission, CancellationToken cancellationToken)
    {
        if (!_answers.TryGetValue((userId, permission), out var granted))
        {
            granted = await (from member in context.StaffMemberRows
                             join grant in context.StaffRolePermissionRows on member.RoleId equals (int?)grant.RoleId
                             join known in context.PermissionRows on grant.PermissionId equals known.Id
                             where member.UserId == userId && known.Name == permission
                             select member.UserId).AnyAsync(cancellationToken);
            _answers[(userId, permission)] = granted;
        }

        return granted;
    }
}
