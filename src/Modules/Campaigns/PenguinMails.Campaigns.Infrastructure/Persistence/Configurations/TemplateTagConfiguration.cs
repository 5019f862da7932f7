using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class TemplateTagConfiguration : IEntityTypeConfiguration<TemplateTag>
{
    public void Configure(EntityTypeBuilder<TemplateTag> builder)
    {
        builder.ToTable("template_tags");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
    }
}
