using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Infrastructure.Persistence.Configurations;

internal sealed class StaffRolePermissionConfiguration : IEntityTypeConfiguration<StaffRolePermission>
{
    public void Configure(EntityTypeBuilder<StaffRolePermission> builder)
    {
        builder.ToTable("staff_role_permissions");
        builder.HasKey(e => new { e.RoleId, e.PermissionId });
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
    }
}
