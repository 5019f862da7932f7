using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionAddonConfiguration : IEntityTypeConfiguration<SubscriptionAddon>
{
    public void Configure(EntityTypeBuilder<SubscriptionAddon> builder)
    {
        builder.ToTable("subscription_addons");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(255);
        builder.Property(e => e.AddonType).HasMaxLength(50);
        builder.Property(e => e.PriceMonthly).HasPrecision(10, 2);
        builder.Property(e => e.StripePriceId).HasMaxLength(255);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
