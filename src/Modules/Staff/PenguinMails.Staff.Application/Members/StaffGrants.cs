using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Contracts.Members.FindUserByEmail;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Members;

/// <summary>Making an account staff: over the API by staff, or from the command line for the first one.</summary>
internal sealed class StaffGrants(IMediator mediator, IStaffMemberRepository members, IStaffRoleRepository roles, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<StaffMemberDto> GrantAsync(string email, string roleName, string? notes, CancellationToken cancellationToken)
    {
        var userId = await mediator.Send(new FindUserByEmailQuery(email), cancellationToken)
                     ?? throw Invalid("email", "No account has this address; the person signs up first.");
        var role = await roles.FindByNameAsync(roleName, cancellationToken) ?? throw Invalid("role", $"No staff role is named '{roleName}'.");
        if (await members.GetAsync(userId, cancellationToken) is not null)
        {
            throw new ConflictException("already-staff", "This account is a staff member already; change its role instead.");
        }

        members.Add(StaffMember.Grant(userId, role.Id, notes, clock.GetUtcNow()));
        await unitOfWork.FlushAsync(cancellationToken);
        return (await members.GetDtoAsync(userId, cancellationToken))!;
    }

    /// <summary>
    /// Only a super admin makes someone super admin, or changes a super admin's role: <c>staff.manage</c> alone would
    /// otherwise let a staff member make themselves super admin.
    /// </summary>
    public async Task EnsureCallerMayAssignAsync(Guid callerId, int? newRoleId, StaffMember? target, CancellationToken cancellationToken)
    {
        var touchesSuperAdmin = newRoleId == StaffRoleIds.SuperAdmin || target?.RoleId == StaffRoleIds.SuperAdmin && newRoleId is not null;
        if (touchesSuperAdmin && (await members.GetAsync(callerId, cancellationToken))?.RoleId != StaffRoleIds.SuperAdmin)
        {
            throw new ForbiddenException("super-admin-only", "Only a super admin grants the super_admin role or changes a super admin's role.");
        }
    }

    private static RequestValidationException Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
