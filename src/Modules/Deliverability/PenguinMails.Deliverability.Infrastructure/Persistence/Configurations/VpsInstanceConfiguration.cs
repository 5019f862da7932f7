using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Configurations;

internal sealed class VpsInstanceConfiguration : IEntityTypeConfiguration<VpsInstance>
{
    public void Configure(EntityTypeBuilder<VpsInstance> builder)
    {
        builder.ToTable("vps_instances");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.HostwindsInstanceId).HasMaxLength(255);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Region).HasMaxLength(50);
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => VpsInstanceStatus.Of(name));
        builder.Property(e => e.MonthlyCost).HasPrecision(10, 2);
        builder.Property(e => e.ApproximateCost).HasPrecision(8, 2);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
