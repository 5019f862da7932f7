using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Configurations;

internal sealed class MonthlySendsConfiguration : IEntityTypeConfiguration<MonthlySends>
{
    public void Configure(EntityTypeBuilder<MonthlySends> builder)
    {
        builder.ToTable("sending_usage");
        builder.HasKey(e => new { e.TenantId, e.Month });
    }
}
