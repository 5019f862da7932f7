using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Configurations;

internal sealed class TenantInvitationConfiguration : IEntityTypeConfiguration<TenantInvitation>
{
    public void Configure(EntityTypeBuilder<TenantInvitation> builder)
    {
        builder.ToTable("tenant_invitations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion(s => s.Name, name => InvitationStatus.Of(name));
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
