using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A staff role (<c>staff_roles</c>) and the permissions it grants, which it owns (<c>staff_role_permissions</c>).</summary>
internal sealed class StaffRole : Entity, IAggregateRoot
{
    private readonly List<StaffRolePermission> _permissions = [];

    private StaffRole()
    {
    }

    public int Id { get; private set; }

    /// <summary>Lower case and unique; the seed's column allows NULL, a role never has none.</summary>
    public string Name { get; private set; } = default!;

    public string? Description { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public IReadOnlyCollection<StaffRolePermission> Permissions => _permissions;

    public static StaffRole Create(string name, string? description, IReadOnlyCollection<int> permissionIds, DateTimeOffset now)
    {
        var role = new StaffRole { Name = Normalize(name), Description = description, Created = now };
        role.GrantOnly(permissionIds, now);
        return role;
    }

    public void Rename(string? name, string? description)
    {
        Name = name is null ? Name : Normalize(name);
        Description = description ?? Description;
    }

    /// <summary>Grants exactly these permissions: the others are withdrawn, the missing ones granted.</summary>
    public void GrantOnly(IReadOnlyCollection<int> permissionIds, DateTimeOffset now)
    {
        _permissions.RemoveAll(p => !permissionIds.Contains(p.PermissionId));
        foreach (var permissionId in permissionIds.Where(id => _permissions.All(p => p.PermissionId != id)).Distinct())
        {
            _permissions.Add(StaffRolePermission.Grant(permissionId, now));
        }
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
