using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class CampaignSequenceStepConfiguration : IEntityTypeConfiguration<CampaignSequenceStep>
{
    public void Configure(EntityTypeBuilder<CampaignSequenceStep> builder)
    {
        builder.ToTable("campaign_sequence_steps");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.StepType).HasMaxLength(50);
        builder.Property(e => e.SubjectOverride).HasMaxLength(500);
        builder.Property(e => e.FromNameOverride).HasMaxLength(100);
        builder.Property(e => e.ConditionType).HasMaxLength(50);
        builder.Property(e => e.ConditionValue).HasMaxLength(100);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
