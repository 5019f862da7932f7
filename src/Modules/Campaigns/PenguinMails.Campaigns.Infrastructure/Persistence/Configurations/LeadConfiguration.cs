using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("leads");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Email).HasMaxLength(255);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.FirstName).HasMaxLength(100);
        builder.Property(e => e.LastName).HasMaxLength(100);
        builder.Property(e => e.Company).HasMaxLength(200);
        builder.Property(e => e.CustomFields).IsRequiredJsonb();
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion(s => s.Name, name => LeadStatus.Of(name));
    }
}
