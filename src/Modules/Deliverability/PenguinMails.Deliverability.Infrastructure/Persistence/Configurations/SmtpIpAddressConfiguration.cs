using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Configurations;

internal sealed class SmtpIpAddressConfiguration : IEntityTypeConfiguration<SmtpIpAddress>
{
    public void Configure(EntityTypeBuilder<SmtpIpAddress> builder)
    {
        builder.ToTable("smtp_ip_addresses");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => SmtpIpStatus.Of(name));
        builder.Property(e => e.ReputationState).HasMaxLength(50).HasConversion(s => s!.Name, name => ReputationState.Of(name));
        builder.Property(e => e.ApproximateCost).HasPrecision(6, 2);
        builder.Property(e => e.ProviderBlacklistStatus).IsJsonb();
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
