using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Configurations;

internal sealed class SendingDomainConfiguration : IEntityTypeConfiguration<SendingDomain>
{
    public void Configure(EntityTypeBuilder<SendingDomain> builder)
    {
        builder.ToTable("domains");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Domain).HasMaxLength(253);
        builder.Property(e => e.VerificationStatus).HasMaxLength(50).HasConversion(s => s.Name, name => DomainStatus.Of(name));
        builder.Property(e => e.DnsRecords).IsJsonb();
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
