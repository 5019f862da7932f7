using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfigConfiguration : IEntityTypeConfiguration<TenantConfig>
{
    public void Configure(EntityTypeBuilder<TenantConfig> builder)
    {
        builder.ToTable("tenant_config");
        builder.HasKey(e => e.TenantId);
        builder.Property(e => e.StripeCustomerId).HasMaxLength(255);
        builder.Property(e => e.BillingEmail).HasMaxLength(255);
        builder.Property(e => e.BillingAddress).IsJsonb();
        builder.Property(e => e.ThemePrimaryColor).HasMaxLength(7);
        builder.Property(e => e.ThemeLogoUrl).HasMaxLength(500);
        builder.Property(e => e.ThemeFaviconUrl).HasMaxLength(500);
        builder.Property(e => e.UiDateFormat).HasMaxLength(20);
        builder.Property(e => e.UiTimezone).HasMaxLength(50);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
