using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Configurations;

internal sealed class TenantPoliciesConfiguration : IEntityTypeConfiguration<TenantPolicies>
{
    public void Configure(EntityTypeBuilder<TenantPolicies> builder)
    {
        builder.ToTable("tenant_policies");
        builder.HasKey(e => e.TenantId);
        builder.Property(e => e.CompanyDefaultStatus).HasMaxLength(50);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
