using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Infrastructure.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.WorkspaceName).HasMaxLength(255);
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion(s => s.Name, name => CompanyStatus.Of(name));
        builder.Property(e => e.Industry).HasMaxLength(100);
        builder.Property(e => e.CompanySize).HasMaxLength(50);
        builder.Property(e => e.Created).HasDefaultValueSql("now()");
        builder.Property(e => e.Updated).HasDefaultValueSql("now()");
    }
}
