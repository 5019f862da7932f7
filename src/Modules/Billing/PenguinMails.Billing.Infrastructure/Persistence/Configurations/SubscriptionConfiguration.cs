using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasMaxLength(50).HasConversion(s => s.Name, name => SubscriptionStatus.Of(name));
        builder.Property(e => e.StripeSubscriptionId).HasMaxLength(255);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
