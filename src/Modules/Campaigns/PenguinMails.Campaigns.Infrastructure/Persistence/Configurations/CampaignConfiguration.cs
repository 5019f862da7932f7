using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => CampaignStatus.Of(name));
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");

        // The campaign owns its steps: a step removed from it is deleted, and they are read and written through it.
        builder.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.CampaignId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(e => e.Window);
        builder.Property<string>("ScheduleTimezone").HasMaxLength(64);
        builder.Property<short[]>("ScheduleDays");
        builder.Property<TimeOnly>("ScheduleStart");
        builder.Property<TimeOnly>("ScheduleEnd");

        // Its senders are part of every read of a campaign: the DTO shows them.
        builder.Ignore(e => e.SenderIds);
        builder.HasMany<CampaignSender>("_senders").WithOne().HasForeignKey(s => s.CampaignId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_senders").AutoInclude();
    }
}

internal sealed class CampaignSenderConfiguration : IEntityTypeConfiguration<CampaignSender>
{
    public void Configure(EntityTypeBuilder<CampaignSender> builder)
    {
        builder.ToTable("campaign_senders");
        builder.HasKey(e => new { e.CampaignId, e.EmailAccountId });
    }
}
