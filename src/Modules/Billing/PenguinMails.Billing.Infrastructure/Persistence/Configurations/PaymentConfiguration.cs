using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Amount).HasPrecision(10, 2);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion(s => s.Name, name => PaymentStatus.Of(name));
        builder.Property(e => e.StripePaymentIntentId).HasMaxLength(255);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
    }
}
