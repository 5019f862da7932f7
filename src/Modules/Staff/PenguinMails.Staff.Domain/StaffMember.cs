using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A row of <c>staff_members</c>.</summary>
internal sealed class StaffMember : Entity, IAggregateRoot
{
    private StaffMember()
    {
    }

    public Guid UserId { get; private set; }

    public int? RoleId { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static StaffMember Grant(Guid userId, int roleId, string? notes, DateTimeOffset now) => new()
    {
        UserId = userId,
        RoleId = roleId,
        Notes = notes,
        Created = now,
        Updated = now,
    };

    public void Change(int? roleId, string? notes, bool notesSent, int superAdmins, DateTimeOffset now)
    {
        if (roleId is { } role)
        {
            CheckRule(new PlatformKeepsASuperAdminRule(this, superAdmins, role));
            RoleId = role;
        }

        if (notesSent)
        {
            Notes = notes;
        }

        Updated = now;
    }

    /// <summary>Checks that this member may stop being staff; the repository deletes the row.</summary>
    public void EnsureRemovable(int superAdmins) => CheckRule(new PlatformKeepsASuperAdminRule(this, superAdmins, newRoleId: null));
}
