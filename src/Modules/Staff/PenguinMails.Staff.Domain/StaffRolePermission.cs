namespace PenguinMails.Staff.Domain;

internal sealed partial class StaffRolePermission
{
    private StaffRolePermission()
    {
    }

    public static StaffRolePermission Grant(int roleId, int permissionId, DateTimeOffset now) => new() { RoleId = roleId, PermissionId = permissionId, Created = now };
}
