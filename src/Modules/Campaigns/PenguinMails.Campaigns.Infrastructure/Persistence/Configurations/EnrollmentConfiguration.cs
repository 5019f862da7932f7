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
        SendingEngineColumns(builder);
        builder.HasOne(e => e.Lead).WithMany().HasForeignKey(e => e.LeadId);
    }

    /// <summary>
    /// The sending engine's columns (ADR 0030): written only by its SQL (SendQueue), so the aggregate does not carry
    /// them; mapped as shadow properties so the model still describes the whole table.
    /// </summary>
    private static void SendingEngineColumns(EntityTypeBuilder<Enrollment> builder)
    {
        foreach (var name in new[] { "LeaseUntil", "AttemptDataAt", "LogSentAt", "LogAt", "RepliedAt", "OpenedAt", "ClickedAt" })
        {
            builder.Property<DateTimeOffset?>(name);
        }

        foreach (var name in new[] { "LeaseId", "AttemptEmailId", "LogEmailId" })
        {
            builder.Property<Guid?>(name);
        }

        foreach (var name in new[] { "AttemptMessageId", "ThreadMessageId", "LastMessageId" })
        {
            builder.Property<string?>(name).HasMaxLength(255);
        }

        builder.Property<string?>("ThreadSubject");
        builder.Property<string?>("LastError");
        builder.Property<string?>("LogReply");
        builder.Property<string?>("LogStatus").HasMaxLength(20);
        builder.Property<int?>("LogSmtpStatus");
        builder.Property<int>("Attempts");
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
