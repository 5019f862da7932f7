using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>The reference roles (R__reference_data.sql).</summary>
internal static class StaffRoleIds
{
    public const int SuperAdmin = 1;
    public const int Support = 2;
}

/// <summary>The platform always keeps a super admin: the last one can neither be removed nor given another role.</summary>
internal sealed class PlatformKeepsASuperAdminRule(StaffMember member, int superAdmins, int? newRoleId) : IBusinessRule
{
    public string Code => "last-super-admin";

    public string Message => "The platform must keep at least one super_admin; make someone else super_admin first.";

    public bool IsBroken() => member.RoleId == StaffRoleIds.SuperAdmin && newRoleId != StaffRoleIds.SuperAdmin && superAdmins <= 1;
}
