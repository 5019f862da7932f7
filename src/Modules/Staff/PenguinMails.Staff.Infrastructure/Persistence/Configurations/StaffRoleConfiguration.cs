using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Infrastructure.Persistence.Configurations;

internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<StaffRole>
{
    public void Configure(EntityTypeBuilder<StaffRole> builder)
    {
        builder.ToTable("staff_roles");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(50);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");

        // The role owns its grants: one withdrawn from it is deleted, and a new role's are written after it.
        builder.HasMany(e => e.Permissions).WithOne().HasForeignKey(p => p.RoleId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Permissions).HasField("_permissions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
