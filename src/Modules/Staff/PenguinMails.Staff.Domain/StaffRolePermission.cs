using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A permission a <see cref="StaffRole"/> grants; created and withdrawn only through its role.</summary>
internal sealed class StaffRolePermission : Entity
{
    private StaffRolePermission()
    {
    }

    public int RoleId { get; private set; }

    public int PermissionId { get; private set; }

    public DateTimeOffset Created { get; private set; }

    internal static StaffRolePermission Grant(int permissionId, DateTimeOffset now) => new() { PermissionId = permissionId, Created = now };
}
