using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("campaign_leads");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion(s => s.Name, name => EnrollmentStatus.Of(name));
        builder.Property(e => e.StopReason).HasMaxLength(50);
        builder.HasOne(e => e.Lead).WithMany().HasForeignKey(e => e.LeadId);
    }
}

internal sealed class SuppressionConfiguration : IEntityTypeConfiguration<Suppression>
{
    public void Configure(EntityTypeBuilder<Suppression> builder)
    {
        builder.ToTable("suppressions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Value).HasMaxLength(255);
        builder.Property(e => e.Kind).HasMaxLength(10).HasConversion(s => s.Name, name => SuppressionKind.Of(name));
        builder.Property(e => e.Reason).HasMaxLength(20).HasConversion(s => s.Name, name => SuppressionReason.Of(name));
    }
}
