using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Configurations;

internal sealed class EmailAccountConfiguration : IEntityTypeConfiguration<EmailAccount>
{
    public void Configure(EntityTypeBuilder<EmailAccount> builder)
    {
        builder.ToTable("email_accounts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Email).HasMaxLength(255);
        builder.Property(e => e.Provider).HasMaxLength(50);
        builder.Property(e => e.VaultKeyPath).HasMaxLength(500);
        builder.Property(e => e.ImapSettings).IsJsonb();
        builder.Property(e => e.SmtpSettings).IsJsonb();
        // When its next send may go (its gap), kept by the sending engine's claim (ADR 0030).
        builder.Property<DateTimeOffset?>("NextSendAfter");
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => EmailAccountStatus.Of(name));
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
