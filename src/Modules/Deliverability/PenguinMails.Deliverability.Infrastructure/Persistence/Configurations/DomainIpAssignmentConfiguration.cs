using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Configurations;

internal sealed class DomainIpAssignmentConfiguration : IEntityTypeConfiguration<DomainIpAssignment>
{
    public void Configure(EntityTypeBuilder<DomainIpAssignment> builder)
    {
        builder.ToTable("domain_ip_assignments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => AssignmentStatus.Of(name));
        builder.Property(e => e.Assigned).HasDefaultValueSql("now()");
        builder.Property(e => e.WarmupState).HasMaxLength(50).HasConversion(s => s!.Name, name => WarmupState.Of(name));
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
