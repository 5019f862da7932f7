using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Infrastructure.Persistence.Configurations;

internal sealed class SystemConfigConfiguration : IEntityTypeConfiguration<SystemConfig>
{
    public void Configure(EntityTypeBuilder<SystemConfig> builder)
    {
        builder.ToTable("system_config");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(255);
        builder.Property(e => e.Value).IsJsonb();
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Category).HasMaxLength(50);
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
